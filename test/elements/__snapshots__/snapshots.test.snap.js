/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["snapshots tin-card loading skeleton, no source yet"] = 
`<tin-card>
  <x-shadow-root>
    <article
      aria-busy="true"
      class="card skeleton"
      part="card"
    >
      <div
        class="media"
        part="media"
      >
      </div>
      <div
        aria-hidden="true"
        class="body"
      >
        <div
          class="title"
          part="title"
        >
        </div>
        <span class="date">
        </span>
        <p
          class="summary"
          part="summary"
        >
        </p>
      </div>
      <span
        class="visually-hidden"
        role="status"
      >
        Đang tải…
      </span>
    </article>
  </x-shadow-root>
</tin-card>
`;
/* end snapshot snapshots tin-card loading skeleton, no source yet */

snapshots["snapshots tin-card loaded with image, vertical"] = 
`<tin-card>
  <x-shadow-root>
    <article
      aria-busy="false"
      class="card"
      part="card"
    >
      <div
        class="media"
        part="media"
      >
        <img
          alt=""
          class="image"
          decoding="async"
          fetchpriority="high"
          loading="eager"
          part="image"
          src="{origin}/test/fixtures/anh.svg"
        >
      </div>
      <div
        aria-hidden="false"
        class="body"
      >
        <div
          aria-level="2"
          class="title"
          lang="vi"
          part="title"
          role="heading"
        >
          <a
            href="https://tinh.example.gov.vn/tin-tuc/hoi-nghi-so-ket.html"
            part="link"
          >
            Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm
          </a>
        </div>
        <time
          class="date"
          datetime="2019-07-09T09:03:00+07:00"
          part="date"
        >
          09-07-2019 09:03
        </time>
        <p
          class="summary"
          lang="vi"
          part="summary"
        >
          Sáng 09/7, Cụm thi đua tổ chức hội nghị sơ kết tại thành phố Đà Nẵng.
        </p>
      </div>
    </article>
  </x-shadow-root>
</tin-card>
`;
/* end snapshot snapshots tin-card loaded with image, vertical */

snapshots["snapshots tin-card loaded without image, placeholder"] = 
`<tin-card>
  <x-shadow-root>
    <article
      aria-busy="false"
      class="card"
      part="card"
    >
      <div
        class="media"
        part="media"
      >
        <div
          aria-hidden="true"
          class="placeholder"
          part="placeholder"
        >
          <x-svg
            focusable="false"
            viewbox="0 0 24 24"
          >
            <path
              d="M3 5h18v14H3zm2 2v10h14V7zm1 9 4-5 3 3.5 2-2 3 3.5z"
              fill="currentColor"
            >
            </path>
          </x-svg>
        </div>
      </div>
      <div
        aria-hidden="false"
        class="body"
      >
        <div
          aria-level="2"
          class="title"
          lang="vi"
          part="title"
          role="heading"
        >
          <a
            href="https://tinh.example.gov.vn/tin-tuc/hoi-nghi-so-ket.html"
            part="link"
          >
            Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm
          </a>
        </div>
        <time
          class="date"
          datetime="2019-07-09T09:03:00+07:00"
          part="date"
        >
          09-07-2019 09:03
        </time>
        <p
          class="summary"
          lang="vi"
          part="summary"
        >
          Sáng 09/7, Cụm thi đua tổ chức hội nghị sơ kết tại thành phố Đà Nẵng.
        </p>
      </div>
    </article>
  </x-shadow-root>
</tin-card>
`;
/* end snapshot snapshots tin-card loaded without image, placeholder */

snapshots["snapshots tin-card horizontal layout"] = 
`<tin-card layout="horizontal">
  <x-shadow-root>
    <article
      aria-busy="false"
      class="card"
      part="card"
    >
      <div
        class="media"
        part="media"
      >
        <img
          alt=""
          class="image"
          decoding="async"
          fetchpriority="high"
          loading="eager"
          part="image"
          src="{origin}/test/fixtures/anh.svg"
        >
      </div>
      <div
        aria-hidden="false"
        class="body"
      >
        <div
          aria-level="2"
          class="title"
          lang="vi"
          part="title"
          role="heading"
        >
          <a
            href="https://tinh.example.gov.vn/tin-tuc/hoi-nghi-so-ket.html"
            part="link"
          >
            Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm
          </a>
        </div>
        <time
          class="date"
          datetime="2019-07-09T09:03:00+07:00"
          part="date"
        >
          09-07-2019 09:03
        </time>
        <p
          class="summary"
          lang="vi"
          part="summary"
        >
          Sáng 09/7, Cụm thi đua tổ chức hội nghị sơ kết tại thành phố Đà Nẵng.
        </p>
      </div>
    </article>
  </x-shadow-root>
</tin-card>
`;
/* end snapshot snapshots tin-card horizontal layout */

snapshots["snapshots tin-card compact layout"] = 
`<tin-card layout="compact">
  <x-shadow-root>
    <article
      aria-busy="false"
      class="card"
      part="card"
    >
      <div
        aria-hidden="false"
        class="body"
      >
        <div
          aria-level="2"
          class="title"
          lang="vi"
          part="title"
          role="heading"
        >
          <a
            href="https://tinh.example.gov.vn/tin-tuc/hoi-nghi-so-ket.html"
            part="link"
          >
            Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm
          </a>
        </div>
        <time
          class="date"
          datetime="2019-07-09T09:03:00+07:00"
          part="date"
        >
          09-07-2019 09:03
        </time>
      </div>
    </article>
  </x-shadow-root>
</tin-card>
`;
/* end snapshot snapshots tin-card compact layout */

snapshots["snapshots tin-card relative date style, an article older than a week reads as an absolute date"] = 
`<tin-card date-style="relative">
  <x-shadow-root>
    <article
      aria-busy="false"
      class="card"
      part="card"
    >
      <div
        class="media"
        part="media"
      >
        <img
          alt=""
          class="image"
          decoding="async"
          fetchpriority="high"
          loading="eager"
          part="image"
          src="{origin}/test/fixtures/anh.svg"
        >
      </div>
      <div
        aria-hidden="false"
        class="body"
      >
        <div
          aria-level="2"
          class="title"
          lang="vi"
          part="title"
          role="heading"
        >
          <a
            href="https://tinh.example.gov.vn/tin-tuc/hoi-nghi-so-ket.html"
            part="link"
          >
            Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm
          </a>
        </div>
        <time
          class="date"
          datetime="2019-07-09T09:03:00+07:00"
          part="date"
        >
          09-07-2019 09:03
        </time>
        <p
          class="summary"
          lang="vi"
          part="summary"
        >
          Sáng 09/7, Cụm thi đua tổ chức hội nghị sơ kết tại thành phố Đà Nẵng.
        </p>
      </div>
    </article>
  </x-shadow-root>
</tin-card>
`;
/* end snapshot snapshots tin-card relative date style, an article older than a week reads as an absolute date */

snapshots["snapshots tin-card error, the feed answers 404"] = 
`<tin-card
  item-id="1"
  src="/__fault/404?id=snapshots-N"
>
  <x-shadow-root>
    <div
      class="state state-error"
      part="error"
      role="alert"
    >
      <x-svg
        aria-hidden="true"
        class="state-icon"
        focusable="false"
        viewbox="0 0 24 24"
      >
        <path
          d="M12 2 1 21h22L12 2Zm0 5 7.5 12h-15L12 7Zm-1 4v4h2v-4h-2Zm0 5v2h2v-2h-2Z"
          fill="currentColor"
        >
        </path>
      </x-svg>
      <p class="state-text">
        Hiện không hiển thị được tin bài. Mong bạn đọc thông cảm.
      </p>
    </div>
    <slot
      class="fallback"
      part="fallback"
    >
    </slot>
  </x-shadow-root>
</tin-card>
`;
/* end snapshot snapshots tin-card error, the feed answers 404 */

snapshots["snapshots tin-card not found, item-id missing from the feed"] = 
`<tin-card item-id="khong-co">
  <x-shadow-root>
    <div
      class="state state-error"
      part="error"
      role="alert"
    >
      <x-svg
        aria-hidden="true"
        class="state-icon"
        focusable="false"
        viewbox="0 0 24 24"
      >
        <path
          d="M12 2 1 21h22L12 2Zm0 5 7.5 12h-15L12 7Zm-1 4v4h2v-4h-2Zm0 5v2h2v-2h-2Z"
          fill="currentColor"
        >
        </path>
      </x-svg>
      <p class="state-text">
        Không tìm thấy bài viết.
      </p>
    </div>
  </x-shadow-root>
</tin-card>
`;
/* end snapshot snapshots tin-card not found, item-id missing from the feed */

snapshots["snapshots tin-card English, error"] = 
`<tin-card
  item-id="1"
  lang="en"
  src="/__fault/404?id=snapshots-N"
>
  <x-shadow-root>
    <div
      class="state state-error"
      part="error"
      role="alert"
    >
      <x-svg
        aria-hidden="true"
        class="state-icon"
        focusable="false"
        viewbox="0 0 24 24"
      >
        <path
          d="M12 2 1 21h22L12 2Zm0 5 7.5 12h-15L12 7Zm-1 4v4h2v-4h-2Zm0 5v2h2v-2h-2Z"
          fill="currentColor"
        >
        </path>
      </x-svg>
      <p class="state-text">
        The news cannot be shown at the moment. We apologise for the inconvenience.
      </p>
    </div>
    <slot
      class="fallback"
      part="fallback"
    >
    </slot>
  </x-shadow-root>
</tin-card>
`;
/* end snapshot snapshots tin-card English, error */

snapshots["snapshots tin-list loading skeleton, no source yet"] = 
`<tin-list>
  <x-shadow-root>
    <section
      aria-labelledby="tin-list-heading-N"
      class="list"
      part="list"
    >
      <div
        aria-level="2"
        class="heading"
        id="tin-list-heading-N"
        part="heading"
        role="heading"
      >
        Các tin khác
      </div>
      <ul
        aria-busy="true"
        aria-hidden="true"
        class="items skeleton"
      >
        <li class="item">
          <span class="item-text">
            <span class="ph">
              Tin tức sự kiện Tin tức sự kiện Tin tức sự kiện Ti
            </span>
          </span>
          <span class="item-date">
            <span class="date">
              <span class="ph">
                (01/01/2026)
              </span>
            </span>
          </span>
        </li>
        <li class="item">
          <span class="item-text">
            <span class="ph">
              Tin tức sự kiện Tin tức sự kiện Tin tức sự kiện Tin tức sự kiện Tin
            </span>
          </span>
          <span class="item-date">
            <span class="date">
              <span class="ph">
                (01/01/2026)
              </span>
            </span>
          </span>
        </li>
        <li class="item">
          <span class="item-text">
            <span class="ph">
              Tin tức sự kiện Tin tức sự kiện Tin tức sự kiện Tin tứ
            </span>
          </span>
          <span class="item-date">
            <span class="date">
              <span class="ph">
                (01/01/2026)
              </span>
            </span>
          </span>
        </li>
        <li class="item">
          <span class="item-text">
            <span class="ph">
              Tin tức sự kiện Tin tức sự kiện Tin tức sự kiện Tin tức sự kiện Tin tức
            </span>
          </span>
          <span class="item-date">
            <span class="date">
              <span class="ph">
                (01/01/2026)
              </span>
            </span>
          </span>
        </li>
        <li class="item">
          <span class="item-text">
            <span class="ph">
              Tin tức sự kiện Tin tức sự kiện Tin tức sự kiện Tin tức sự
            </span>
          </span>
          <span class="item-date">
            <span class="date">
              <span class="ph">
                (01/01/2026)
              </span>
            </span>
          </span>
        </li>
      </ul>
      <span
        class="visually-hidden"
        role="status"
      >
        Đang tải…
      </span>
    </section>
  </x-shadow-root>
</tin-list>
`;
/* end snapshot snapshots tin-list loading skeleton, no source yet */

snapshots["snapshots tin-list loaded"] = 
`<tin-list>
  <x-shadow-root>
    <section
      aria-labelledby="tin-list-heading-N"
      class="list"
      part="list"
    >
      <div
        aria-level="2"
        class="heading"
        id="tin-list-heading-N"
        part="heading"
        role="heading"
      >
        Các tin khác
      </div>
      <ul
        class="items"
        part="items"
      >
        <li
          class="item"
          part="item"
        >
          <a
            href="https://tinh.example.gov.vn/tin-tuc/chuyen-doi-so.html"
            lang="vi"
            part="link"
          >
            Đẩy mạnh chuyển đổi số trong cơ quan nhà nước
          </a>
          <span class="item-date">
            (
            <time
              class="date"
              datetime="2019-07-12T16:45:00+07:00"
              part="date"
            >
              12/07/2019
            </time>
            )
          </span>
        </li>
        <li
          class="item"
          part="item"
        >
          <a
            href="https://tinh.example.gov.vn/tin-tuc/hoi-nghi-so-ket.html"
            lang="vi"
            part="link"
          >
            Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm
          </a>
          <span class="item-date">
            (
            <time
              class="date"
              datetime="2019-07-09T09:03:00+07:00"
              part="date"
            >
              09/07/2019
            </time>
            )
          </span>
        </li>
        <li
          class="item"
          part="item"
        >
          <a
            href="https://tinh.example.gov.vn/tin-tuc/du-lich.html"
            lang="vi"
            part="link"
          >
            Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa
          </a>
          <span class="item-date">
            (
            <time
              class="date"
              datetime="2019-07-05T07:30:00+07:00"
              part="date"
            >
              05/07/2019
            </time>
            )
          </span>
        </li>
      </ul>
    </section>
  </x-shadow-root>
</tin-list>
`;
/* end snapshot snapshots tin-list loaded */

snapshots["snapshots tin-list empty"] = 
`<tin-list>
  <x-shadow-root>
    <section
      aria-labelledby="tin-list-heading-N"
      class="list"
      part="list"
    >
      <div
        aria-level="2"
        class="heading"
        id="tin-list-heading-N"
        part="heading"
        role="heading"
      >
        Các tin khác
      </div>
      <p
        class="state state-empty"
        part="empty"
        role="status"
      >
        Chưa có tin nào.
      </p>
    </section>
  </x-shadow-root>
</tin-list>
`;
/* end snapshot snapshots tin-list empty */

snapshots["snapshots tin-list error, the feed answers 404"] = 
`<tin-list src="/__fault/404?id=snapshots-N">
  <x-shadow-root>
    <section
      aria-labelledby="tin-list-heading-N"
      class="list"
      part="list"
    >
      <div
        aria-level="2"
        class="heading"
        id="tin-list-heading-N"
        part="heading"
        role="heading"
      >
        Các tin khác
      </div>
      <div
        class="state state-error"
        part="error"
        role="alert"
      >
        <x-svg
          aria-hidden="true"
          class="state-icon"
          focusable="false"
          viewbox="0 0 24 24"
        >
          <path
            d="M12 2 1 21h22L12 2Zm0 5 7.5 12h-15L12 7Zm-1 4v4h2v-4h-2Zm0 5v2h2v-2h-2Z"
            fill="currentColor"
          >
          </path>
        </x-svg>
        <p class="state-text">
          Hiện không hiển thị được tin bài. Mong bạn đọc thông cảm.
        </p>
      </div>
      <slot
        class="fallback"
        part="fallback"
      >
      </slot>
    </section>
  </x-shadow-root>
</tin-list>
`;
/* end snapshot snapshots tin-list error, the feed answers 404 */

snapshots["snapshots tin-list searchable, a query typed that matches nothing"] = 
`<tin-list searchable="">
  <x-shadow-root>
    <section
      aria-labelledby="tin-list-heading-N"
      class="list"
      part="list"
    >
      <div
        aria-level="2"
        class="heading"
        id="tin-list-heading-N"
        part="heading"
        role="heading"
      >
        Các tin khác
      </div>
      <div
        class="search"
        role="search"
      >
        <input
          aria-label="Tìm kiếm tin"
          part="search"
          placeholder="Tìm kiếm tin"
          type="search"
        >
      </div>
      <p
        class="count"
        role="status"
      >
        Không tìm thấy tin nào phù hợp với “không có tin này”.
      </p>
    </section>
  </x-shadow-root>
</tin-list>
`;
/* end snapshot snapshots tin-list searchable, a query typed that matches nothing */

snapshots["snapshots tin-list load-more, first page of three with Xem thêm"] = 
`<tin-list
  limit="3"
  load-more=""
>
  <x-shadow-root>
    <section
      aria-labelledby="tin-list-heading-N"
      class="list"
      part="list"
    >
      <div
        aria-level="2"
        class="heading"
        id="tin-list-heading-N"
        part="heading"
        role="heading"
      >
        Các tin khác
      </div>
      <ul
        class="items"
        part="items"
      >
        <li
          class="item"
          part="item"
        >
          <a
            href="https://tinh.example.gov.vn/tin/1.html"
            part="link"
          >
            Tin số 1
          </a>
          <span class="item-date">
            (
            <time
              class="date"
              datetime="2026-11-20T09:00:00+07:00"
              part="date"
            >
              20/11/2026
            </time>
            )
          </span>
        </li>
        <li
          class="item"
          part="item"
        >
          <a
            href="https://tinh.example.gov.vn/tin/2.html"
            part="link"
          >
            Tin số 2
          </a>
          <span class="item-date">
            (
            <time
              class="date"
              datetime="2026-11-19T09:00:00+07:00"
              part="date"
            >
              19/11/2026
            </time>
            )
          </span>
        </li>
        <li
          class="item"
          part="item"
        >
          <a
            href="https://tinh.example.gov.vn/tin/3.html"
            part="link"
          >
            Tin số 3
          </a>
          <span class="item-date">
            (
            <time
              class="date"
              datetime="2026-11-18T09:00:00+07:00"
              part="date"
            >
              18/11/2026
            </time>
            )
          </span>
        </li>
      </ul>
      <div class="footer">
        <button
          aria-busy="false"
          aria-disabled="false"
          class="button"
          part="button more-button"
          type="button"
        >
          Xem thêm
        </button>
      </div>
      <p
        class="visually-hidden"
        role="status"
      >
      </p>
    </section>
  </x-shadow-root>
</tin-list>
`;
/* end snapshot snapshots tin-list load-more, first page of three with Xem thêm */

snapshots["snapshots tin-list English, loaded"] = 
`<tin-list lang="en">
  <x-shadow-root>
    <section
      aria-labelledby="tin-list-heading-N"
      class="list"
      part="list"
    >
      <div
        aria-level="2"
        class="heading"
        id="tin-list-heading-N"
        part="heading"
        role="heading"
      >
        Other news
      </div>
      <ul
        class="items"
        part="items"
      >
        <li
          class="item"
          part="item"
        >
          <a
            href="https://tinh.example.gov.vn/tin-tuc/chuyen-doi-so.html"
            lang="vi"
            part="link"
          >
            Đẩy mạnh chuyển đổi số trong cơ quan nhà nước
          </a>
          <span class="item-date">
            (
            <time
              class="date"
              datetime="2019-07-12T16:45:00+07:00"
              part="date"
            >
              12/07/2019
            </time>
            )
          </span>
        </li>
        <li
          class="item"
          part="item"
        >
          <a
            href="https://tinh.example.gov.vn/tin-tuc/hoi-nghi-so-ket.html"
            lang="vi"
            part="link"
          >
            Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm
          </a>
          <span class="item-date">
            (
            <time
              class="date"
              datetime="2019-07-09T09:03:00+07:00"
              part="date"
            >
              09/07/2019
            </time>
            )
          </span>
        </li>
        <li
          class="item"
          part="item"
        >
          <a
            href="https://tinh.example.gov.vn/tin-tuc/du-lich.html"
            lang="vi"
            part="link"
          >
            Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa
          </a>
          <span class="item-date">
            (
            <time
              class="date"
              datetime="2019-07-05T07:30:00+07:00"
              part="date"
            >
              05/07/2019
            </time>
            )
          </span>
        </li>
      </ul>
    </section>
  </x-shadow-root>
</tin-list>
`;
/* end snapshot snapshots tin-list English, loaded */

snapshots["snapshots tin-article loading skeleton, no source yet"] = 
`<tin-article style="--_scale: 1;">
  <x-shadow-root>
    <div aria-busy="true">
      <article
        aria-hidden="true"
        class="article skeleton"
        inert=""
        part="article"
      >
        <h1
          class="title"
          part="title"
          tabindex="-1"
        >
          <span class="ph">
            Tin tức sự kiện Tin tức sự kiện Tin tức sự kiện Tin tức sự kiện Tin tức sự kiện
          </span>
        </h1>
        <p
          class="meta"
          part="meta"
        >
          <span class="date">
            <span class="ph">
              Đăng ngày 01-01-2026 09:00
            </span>
          </span>
        </p>
        <div class="tools">
          <span class="button ph">
            A+
          </span>
        </div>
        <p
          class="summary"
          part="summary"
        >
          <span class="ph">
            Nội dung tóm tắt bài viết Nội dung tóm tắt bài viết Nội dung tóm tắt bài viết Nội dung tóm tắt bài viết Nội dung tóm tắt bài viết Nội dung tóm tắt bài viết
          </span>
        </p>
        <div class="skeleton-body">
          <p>
          </p>
          <p>
          </p>
          <p>
          </p>
          <p>
          </p>
          <p>
          </p>
          <p>
          </p>
          <p>
          </p>
        </div>
      </article>
      <span
        class="visually-hidden"
        role="status"
      >
        Đang tải…
      </span>
    </div>
  </x-shadow-root>
</tin-article>
`;
/* end snapshot snapshots tin-article loading skeleton, no source yet */

snapshots["snapshots tin-article loaded with body, author, tags, attachments and Các tin khác"] = 
`<tin-article style="--_scale: 1;">
  <x-shadow-root>
    <article
      class="article"
      part="article"
    >
      <h1
        class="title"
        lang="vi"
        part="title"
        tabindex="-1"
      >
        Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm
      </h1>
      <p
        class="meta"
        part="meta"
      >
        <span>
          Đăng ngày
          <time
            datetime="2019-07-09T09:03:00+07:00"
            part="date"
          >
            09-07-2019 09:03
          </time>
        </span>
        <span>
          Cập nhật
          <time
            datetime="2019-07-10T14:30:00+07:00"
            part="date"
          >
            10-07-2019 14:30
          </time>
        </span>
      </p>
      <div
        aria-label="Công cụ bài viết"
        class="tools"
        part="tools"
        role="toolbar"
      >
        <span class="muted">
          Cỡ chữ
        </span>
        <button
          class="button"
          part="button"
          type="button"
        >
          <span aria-hidden="true">
            A−
          </span>
          <span class="visually-hidden">
            Giảm cỡ chữ
          </span>
        </button>
        <button
          class="button"
          part="button"
          type="button"
        >
          <span aria-hidden="true">
            A+
          </span>
          <span class="visually-hidden">
            Tăng cỡ chữ
          </span>
        </button>
        <button
          aria-pressed="false"
          class="button"
          part="button"
          type="button"
        >
          Nghe đọc bài
        </button>
        <span class="spacer">
        </span>
        <button
          class="button"
          part="button"
          type="button"
        >
          In bài viết
        </button>
        <a
          aria-label="Chia sẻ lên Facebook"
          class="button"
          href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Ftinh.example.gov.vn%2Ftin-tuc%2Fhoi-nghi-so-ket.html"
          part="button"
          rel="noopener noreferrer"
          target="_blank"
        >
          Facebook
        </a>
        <a
          aria-label="Chia sẻ qua Zalo"
          class="button"
          href="https://zalo.me/share?url=https%3A%2F%2Ftinh.example.gov.vn%2Ftin-tuc%2Fhoi-nghi-so-ket.html"
          part="button"
          rel="noopener noreferrer"
          target="_blank"
        >
          Zalo
        </a>
        <button
          class="button"
          part="button"
          type="button"
        >
          Sao chép liên kết
        </button>
        <button
          class="button"
          part="button"
          type="button"
        >
          Chia sẻ
        </button>
        <span
          class="visually-hidden"
          role="status"
        >
        </span>
      </div>
      <p
        class="summary"
        lang="vi"
        part="summary"
      >
        Sáng 09/7, Cụm thi đua tổ chức hội nghị sơ kết tại thành phố Đà Nẵng.
      </p>
      <figure
        class="lead-image"
        part="lead-image"
      >
        <img
          alt=""
          src="{origin}/test/fixtures/anh.svg"
        >
      </figure>
      <div
        class="body"
        lang="vi"
        part="body"
      >
        <p>
          Sáng ngày 09/7/2019, Cụm Thi đua tổ chức hội nghị.
        </p>
        <p>
          Sáu tháng đầu năm, phong trào thi đua được quan tâm.
        </p>
        <p>
          <img
            alt="Toàn cảnh hội nghị"
            decoding="async"
            loading="lazy"
            src="https://tinh.example.gov.vn/tin-tuc/anh/hoi-nghi.jpg"
          >
        </p>
        <p>
          <a
            href="https://tinh.example.gov.vn/van-ban/123"
            rel="noopener noreferrer"
            target="_blank"
          >
            Xem văn bản
          </a>
          và
          <a
            href="https://khac.example.com/x"
            rel="noopener noreferrer"
            target="_blank"
          >
            trang khác
          </a>
        </p>
      </div>
      <p
        class="authors"
        part="author"
      >
        Mỹ Phương
      </p>
      <div class="tags-line">
        <span
          class="tags-label"
          id="tags-label"
        >
          Từ khóa:
        </span>
        <ul
          aria-labelledby="tags-label"
          class="tags"
          part="tags"
        >
          <li class="tag">
            Thi đua
          </li>
          <li class="tag">
            Khen thưởng
          </li>
        </ul>
      </div>
      <section
        aria-labelledby="attachments-heading"
        class="attachments"
        part="attachments"
      >
        <div
          aria-level="2"
          class="attachments-heading"
          id="attachments-heading"
          role="heading"
        >
          Tệp đính kèm
        </div>
        <ul>
          <li>
            <a
              download=""
              href="https://tinh.example.gov.vn/files/ke-hoach-123.pdf"
            >
              Kế hoạch số 123/KH-UBND
            </a>
            <span class="file-meta">
              (PDF, 1,2 MB)
            </span>
          </li>
        </ul>
      </section>
      <p
        class="address"
        part="address"
      >
        Địa chỉ bài viết: https://tinh.example.gov.vn/tin-tuc/hoi-nghi-so-ket.html
      </p>
    </article>
    <nav
      aria-label="Tin trước và tin sau"
      class="adjacent"
      part="adjacent"
    >
      <a
        class="adjacent-link"
        href="https://tinh.example.gov.vn/tin-tuc/du-lich.html"
        part="adjacent-link previous-link"
      >
        <span class="adjacent-label">
          <span aria-hidden="true">
            ←
          </span>
          Tin trước
        </span>
        <span
          class="adjacent-title"
          lang="vi"
        >
          Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa
        </span>
      </a>
      <a
        class="adjacent-link next"
        href="https://tinh.example.gov.vn/tin-tuc/chuyen-doi-so.html"
        part="adjacent-link next-link"
      >
        <span class="adjacent-label">
          Tin sau
          <span aria-hidden="true">
            →
          </span>
        </span>
        <span
          class="adjacent-title"
          lang="vi"
        >
          Đẩy mạnh chuyển đổi số trong cơ quan nhà nước
        </span>
      </a>
    </nav>
    <tin-list
      class="other"
      exportparts="heading: other-heading, item: other-item, link: other-link, source: other-source"
      part="other"
    >
      <x-shadow-root>
        <section
          aria-labelledby="tin-list-heading-N"
          class="list"
          part="list"
        >
          <div
            aria-level="2"
            class="heading"
            id="tin-list-heading-N"
            part="heading"
            role="heading"
          >
            Các tin khác
          </div>
          <ul
            class="items"
            part="items"
          >
            <li
              class="item"
              part="item"
            >
              <a
                href="https://tinh.example.gov.vn/tin-tuc/chuyen-doi-so.html"
                lang="vi"
                part="link"
              >
                Đẩy mạnh chuyển đổi số trong cơ quan nhà nước
              </a>
              <span class="item-date">
                (
                <time
                  class="date"
                  datetime="2019-07-12T16:45:00+07:00"
                  part="date"
                >
                  12/07/2019
                </time>
                )
              </span>
            </li>
            <li
              class="item"
              part="item"
            >
              <a
                href="https://tinh.example.gov.vn/tin-tuc/du-lich.html"
                lang="vi"
                part="link"
              >
                Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa
              </a>
              <span class="item-date">
                (
                <time
                  class="date"
                  datetime="2019-07-05T07:30:00+07:00"
                  part="date"
                >
                  05/07/2019
                </time>
                )
              </span>
            </li>
          </ul>
        </section>
      </x-shadow-root>
    </tin-list>
  </x-shadow-root>
</tin-article>
`;
/* end snapshot snapshots tin-article loaded with body, author, tags, attachments and Các tin khác */

snapshots["snapshots tin-article not found, item-id missing from the feed"] = 
`<tin-article
  item-id="khong-co"
  style="--_scale: 1;"
>
  <x-shadow-root>
    <div
      class="state state-error"
      part="error"
      role="alert"
    >
      <x-svg
        aria-hidden="true"
        class="state-icon"
        focusable="false"
        viewbox="0 0 24 24"
      >
        <path
          d="M12 2 1 21h22L12 2Zm0 5 7.5 12h-15L12 7Zm-1 4v4h2v-4h-2Zm0 5v2h2v-2h-2Z"
          fill="currentColor"
        >
        </path>
      </x-svg>
      <p class="state-text">
        Không tìm thấy bài viết.
      </p>
    </div>
  </x-shadow-root>
</tin-article>
`;
/* end snapshot snapshots tin-article not found, item-id missing from the feed */

snapshots["snapshots tin-article error, the feed answers 404"] = 
`<tin-article
  item-id="1"
  src="/__fault/404?id=snapshots-N"
  style="--_scale: 1;"
>
  <x-shadow-root>
    <div
      class="state state-error"
      part="error"
      role="alert"
    >
      <x-svg
        aria-hidden="true"
        class="state-icon"
        focusable="false"
        viewbox="0 0 24 24"
      >
        <path
          d="M12 2 1 21h22L12 2Zm0 5 7.5 12h-15L12 7Zm-1 4v4h2v-4h-2Zm0 5v2h2v-2h-2Z"
          fill="currentColor"
        >
        </path>
      </x-svg>
      <p class="state-text">
        Hiện không hiển thị được tin bài. Mong bạn đọc thông cảm.
      </p>
    </div>
    <slot
      class="fallback"
      part="fallback"
    >
    </slot>
  </x-shadow-root>
</tin-article>
`;
/* end snapshot snapshots tin-article error, the feed answers 404 */

snapshots["snapshots tin-article English, loaded"] = 
`<tin-article
  lang="en"
  style="--_scale: 1;"
>
  <x-shadow-root>
    <article
      class="article"
      part="article"
    >
      <h1
        class="title"
        lang="vi"
        part="title"
        tabindex="-1"
      >
        Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm
      </h1>
      <p
        class="meta"
        part="meta"
      >
        <span>
          Posted on
          <time
            datetime="2019-07-09T09:03:00+07:00"
            part="date"
          >
            09-07-2019 09:03
          </time>
        </span>
        <span>
          Updated
          <time
            datetime="2019-07-10T14:30:00+07:00"
            part="date"
          >
            10-07-2019 14:30
          </time>
        </span>
      </p>
      <div
        aria-label="Article tools"
        class="tools"
        part="tools"
        role="toolbar"
      >
        <span class="muted">
          Text size
        </span>
        <button
          class="button"
          part="button"
          type="button"
        >
          <span aria-hidden="true">
            A−
          </span>
          <span class="visually-hidden">
            Smaller text
          </span>
        </button>
        <button
          class="button"
          part="button"
          type="button"
        >
          <span aria-hidden="true">
            A+
          </span>
          <span class="visually-hidden">
            Larger text
          </span>
        </button>
        <button
          aria-pressed="false"
          class="button"
          part="button"
          type="button"
        >
          Listen to article
        </button>
        <span class="spacer">
        </span>
        <button
          class="button"
          part="button"
          type="button"
        >
          Print article
        </button>
        <a
          aria-label="Share on Facebook"
          class="button"
          href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Ftinh.example.gov.vn%2Ftin-tuc%2Fhoi-nghi-so-ket.html"
          part="button"
          rel="noopener noreferrer"
          target="_blank"
        >
          Facebook
        </a>
        <a
          aria-label="Share on Zalo"
          class="button"
          href="https://zalo.me/share?url=https%3A%2F%2Ftinh.example.gov.vn%2Ftin-tuc%2Fhoi-nghi-so-ket.html"
          part="button"
          rel="noopener noreferrer"
          target="_blank"
        >
          Zalo
        </a>
        <button
          class="button"
          part="button"
          type="button"
        >
          Copy link
        </button>
        <button
          class="button"
          part="button"
          type="button"
        >
          Share
        </button>
        <span
          class="visually-hidden"
          role="status"
        >
        </span>
      </div>
      <p
        class="summary"
        lang="vi"
        part="summary"
      >
        Sáng 09/7, Cụm thi đua tổ chức hội nghị sơ kết tại thành phố Đà Nẵng.
      </p>
      <figure
        class="lead-image"
        part="lead-image"
      >
        <img
          alt=""
          src="{origin}/test/fixtures/anh.svg"
        >
      </figure>
      <div
        class="body"
        lang="vi"
        part="body"
      >
        <p>
          Sáng ngày 09/7/2019, Cụm Thi đua tổ chức hội nghị.
        </p>
        <p>
          Sáu tháng đầu năm, phong trào thi đua được quan tâm.
        </p>
        <p>
          <img
            alt="Toàn cảnh hội nghị"
            decoding="async"
            loading="lazy"
            src="https://tinh.example.gov.vn/tin-tuc/anh/hoi-nghi.jpg"
          >
        </p>
        <p>
          <a
            href="https://tinh.example.gov.vn/van-ban/123"
            rel="noopener noreferrer"
            target="_blank"
          >
            Xem văn bản
          </a>
          và
          <a
            href="https://khac.example.com/x"
            rel="noopener noreferrer"
            target="_blank"
          >
            trang khác
          </a>
        </p>
      </div>
      <p
        class="authors"
        part="author"
      >
        Mỹ Phương
      </p>
      <div class="tags-line">
        <span
          class="tags-label"
          id="tags-label"
        >
          Tags:
        </span>
        <ul
          aria-labelledby="tags-label"
          class="tags"
          part="tags"
        >
          <li class="tag">
            Thi đua
          </li>
          <li class="tag">
            Khen thưởng
          </li>
        </ul>
      </div>
      <section
        aria-labelledby="attachments-heading"
        class="attachments"
        part="attachments"
      >
        <div
          aria-level="2"
          class="attachments-heading"
          id="attachments-heading"
          role="heading"
        >
          Attachments
        </div>
        <ul>
          <li>
            <a
              download=""
              href="https://tinh.example.gov.vn/files/ke-hoach-123.pdf"
            >
              Kế hoạch số 123/KH-UBND
            </a>
            <span class="file-meta">
              (PDF, 1.2 MB)
            </span>
          </li>
        </ul>
      </section>
      <p
        class="address"
        part="address"
      >
        Article address: https://tinh.example.gov.vn/tin-tuc/hoi-nghi-so-ket.html
      </p>
    </article>
    <nav
      aria-label="Previous and next articles"
      class="adjacent"
      part="adjacent"
    >
      <a
        class="adjacent-link"
        href="https://tinh.example.gov.vn/tin-tuc/du-lich.html"
        part="adjacent-link previous-link"
      >
        <span class="adjacent-label">
          <span aria-hidden="true">
            ←
          </span>
          Previous article
        </span>
        <span
          class="adjacent-title"
          lang="vi"
        >
          Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa
        </span>
      </a>
      <a
        class="adjacent-link next"
        href="https://tinh.example.gov.vn/tin-tuc/chuyen-doi-so.html"
        part="adjacent-link next-link"
      >
        <span class="adjacent-label">
          Next article
          <span aria-hidden="true">
            →
          </span>
        </span>
        <span
          class="adjacent-title"
          lang="vi"
        >
          Đẩy mạnh chuyển đổi số trong cơ quan nhà nước
        </span>
      </a>
    </nav>
    <tin-list
      class="other"
      exportparts="heading: other-heading, item: other-item, link: other-link, source: other-source"
      part="other"
    >
      <x-shadow-root>
        <section
          aria-labelledby="tin-list-heading-N"
          class="list"
          part="list"
        >
          <div
            aria-level="2"
            class="heading"
            id="tin-list-heading-N"
            part="heading"
            role="heading"
          >
            Other news
          </div>
          <ul
            class="items"
            part="items"
          >
            <li
              class="item"
              part="item"
            >
              <a
                href="https://tinh.example.gov.vn/tin-tuc/chuyen-doi-so.html"
                lang="vi"
                part="link"
              >
                Đẩy mạnh chuyển đổi số trong cơ quan nhà nước
              </a>
              <span class="item-date">
                (
                <time
                  class="date"
                  datetime="2019-07-12T16:45:00+07:00"
                  part="date"
                >
                  12/07/2019
                </time>
                )
              </span>
            </li>
            <li
              class="item"
              part="item"
            >
              <a
                href="https://tinh.example.gov.vn/tin-tuc/du-lich.html"
                lang="vi"
                part="link"
              >
                Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa
              </a>
              <span class="item-date">
                (
                <time
                  class="date"
                  datetime="2019-07-05T07:30:00+07:00"
                  part="date"
                >
                  05/07/2019
                </time>
                )
              </span>
            </li>
          </ul>
        </section>
      </x-shadow-root>
    </tin-list>
  </x-shadow-root>
</tin-article>
`;
/* end snapshot snapshots tin-article English, loaded */

snapshots["snapshots tin-feed loading grid, no source yet"] = 
`<tin-feed
  limit="3"
  style="--_columns: 3;"
>
  <x-shadow-root>
    <ul
      aria-busy="true"
      class="grid"
      part="grid"
    >
      <li>
        <tin-card
          aria-hidden="true"
          exportparts="card: card-box, image: card-image, title: card-title, link: card-link, date: card-date, summary: card-summary, source: card-source"
          part="card"
        >
          <x-shadow-root>
            <article
              aria-busy="true"
              class="card skeleton"
              part="card"
            >
              <div
                class="media"
                part="media"
              >
              </div>
              <div
                aria-hidden="true"
                class="body"
              >
                <div
                  class="title"
                  part="title"
                >
                </div>
                <span class="date">
                </span>
                <p
                  class="summary"
                  part="summary"
                >
                </p>
              </div>
              <span
                class="visually-hidden"
                role="status"
              >
                Đang tải…
              </span>
            </article>
          </x-shadow-root>
        </tin-card>
      </li>
      <li>
        <tin-card
          aria-hidden="true"
          exportparts="card: card-box, image: card-image, title: card-title, link: card-link, date: card-date, summary: card-summary, source: card-source"
          part="card"
        >
          <x-shadow-root>
            <article
              aria-busy="true"
              class="card skeleton"
              part="card"
            >
              <div
                class="media"
                part="media"
              >
              </div>
              <div
                aria-hidden="true"
                class="body"
              >
                <div
                  class="title"
                  part="title"
                >
                </div>
                <span class="date">
                </span>
                <p
                  class="summary"
                  part="summary"
                >
                </p>
              </div>
              <span
                class="visually-hidden"
                role="status"
              >
                Đang tải…
              </span>
            </article>
          </x-shadow-root>
        </tin-card>
      </li>
      <li>
        <tin-card
          aria-hidden="true"
          exportparts="card: card-box, image: card-image, title: card-title, link: card-link, date: card-date, summary: card-summary, source: card-source"
          part="card"
        >
          <x-shadow-root>
            <article
              aria-busy="true"
              class="card skeleton"
              part="card"
            >
              <div
                class="media"
                part="media"
              >
              </div>
              <div
                aria-hidden="true"
                class="body"
              >
                <div
                  class="title"
                  part="title"
                >
                </div>
                <span class="date">
                </span>
                <p
                  class="summary"
                  part="summary"
                >
                </p>
              </div>
              <span
                class="visually-hidden"
                role="status"
              >
                Đang tải…
              </span>
            </article>
          </x-shadow-root>
        </tin-card>
      </li>
    </ul>
    <span
      class="visually-hidden"
      role="status"
    >
      Đang tải…
    </span>
    <p
      class="visually-hidden"
      role="status"
    >
    </p>
  </x-shadow-root>
</tin-feed>
`;
/* end snapshot snapshots tin-feed loading grid, no source yet */

snapshots["snapshots tin-feed loaded grid"] = 
`<tin-feed style="--_columns: 3;">
  <x-shadow-root>
    <ul
      aria-busy="false"
      class="grid"
      part="grid"
    >
      <li>
        <tin-card
          data-id="2"
          exportparts="card: card-box, image: card-image, title: card-title, link: card-link, date: card-date, summary: card-summary, source: card-source"
          part="card"
        >
          <x-shadow-root>
            <article
              aria-busy="false"
              class="card"
              part="card"
            >
              <div
                class="media"
                part="media"
              >
                <div
                  aria-hidden="true"
                  class="placeholder"
                  part="placeholder"
                >
                  <x-svg
                    focusable="false"
                    viewbox="0 0 24 24"
                  >
                    <path
                      d="M3 5h18v14H3zm2 2v10h14V7zm1 9 4-5 3 3.5 2-2 3 3.5z"
                      fill="currentColor"
                    >
                    </path>
                  </x-svg>
                </div>
              </div>
              <div
                aria-hidden="false"
                class="body"
              >
                <div
                  aria-level="2"
                  class="title"
                  lang="vi"
                  part="title"
                  role="heading"
                >
                  <a
                    href="{page}#tin=2"
                    part="link"
                  >
                    Đẩy mạnh chuyển đổi số trong cơ quan nhà nước
                  </a>
                </div>
                <time
                  class="date"
                  datetime="2019-07-12T16:45:00+07:00"
                  part="date"
                >
                  12-07-2019 16:45
                </time>
                <p
                  class="summary"
                  lang="vi"
                  part="summary"
                >
                  Tỉnh đặt mục tiêu 100% hồ sơ công việc được xử lý trên môi trường mạng.
                </p>
              </div>
            </article>
          </x-shadow-root>
        </tin-card>
      </li>
      <li>
        <tin-card
          data-id="tin-1"
          exportparts="card: card-box, image: card-image, title: card-title, link: card-link, date: card-date, summary: card-summary, source: card-source"
          part="card"
        >
          <x-shadow-root>
            <article
              aria-busy="false"
              class="card"
              part="card"
            >
              <div
                class="media"
                part="media"
              >
                <img
                  alt=""
                  class="image"
                  decoding="async"
                  loading="eager"
                  part="image"
                  src="{origin}/test/fixtures/anh.svg"
                >
              </div>
              <div
                aria-hidden="false"
                class="body"
              >
                <div
                  aria-level="2"
                  class="title"
                  lang="vi"
                  part="title"
                  role="heading"
                >
                  <a
                    href="{page}#tin=tin-1"
                    part="link"
                  >
                    Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm
                  </a>
                </div>
                <time
                  class="date"
                  datetime="2019-07-09T09:03:00+07:00"
                  part="date"
                >
                  09-07-2019 09:03
                </time>
                <p
                  class="summary"
                  lang="vi"
                  part="summary"
                >
                  Sáng 09/7, Cụm thi đua tổ chức hội nghị sơ kết tại thành phố Đà Nẵng.
                </p>
              </div>
            </article>
          </x-shadow-root>
        </tin-card>
      </li>
      <li>
        <tin-card
          data-id="tin-3"
          exportparts="card: card-box, image: card-image, title: card-title, link: card-link, date: card-date, summary: card-summary, source: card-source"
          part="card"
        >
          <x-shadow-root>
            <article
              aria-busy="false"
              class="card"
              part="card"
            >
              <div
                class="media"
                part="media"
              >
                <div
                  aria-hidden="true"
                  class="placeholder"
                  part="placeholder"
                >
                  <x-svg
                    focusable="false"
                    viewbox="0 0 24 24"
                  >
                    <path
                      d="M3 5h18v14H3zm2 2v10h14V7zm1 9 4-5 3 3.5 2-2 3 3.5z"
                      fill="currentColor"
                    >
                    </path>
                  </x-svg>
                </div>
              </div>
              <div
                aria-hidden="false"
                class="body"
              >
                <div
                  aria-level="2"
                  class="title"
                  lang="vi"
                  part="title"
                  role="heading"
                >
                  <a
                    href="{page}#tin=tin-3"
                    part="link"
                  >
                    Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa
                  </a>
                </div>
                <time
                  class="date"
                  datetime="2019-07-05T07:30:00+07:00"
                  part="date"
                >
                  05-07-2019 07:30
                </time>
                <p
                  class="summary"
                  lang="vi"
                  part="summary"
                >
                </p>
              </div>
            </article>
          </x-shadow-root>
        </tin-card>
      </li>
    </ul>
    <div class="footer">
      <button
        aria-busy="false"
        aria-disabled="false"
        class="button"
        part="button more-button"
        type="button"
      >
        Xem thêm
      </button>
    </div>
    <p
      class="visually-hidden"
      role="status"
    >
    </p>
  </x-shadow-root>
</tin-feed>
`;
/* end snapshot snapshots tin-feed loaded grid */

snapshots["snapshots tin-feed empty"] = 
`<tin-feed style="--_columns: 3;">
  <x-shadow-root>
    <p
      class="state state-empty"
      part="empty"
      role="status"
    >
      Chưa có tin nào.
    </p>
    <p
      class="visually-hidden"
      role="status"
    >
    </p>
  </x-shadow-root>
</tin-feed>
`;
/* end snapshot snapshots tin-feed empty */

snapshots["snapshots tin-feed error, the feed answers 404"] = 
`<tin-feed
  src="/__fault/404?id=snapshots-N"
  style="--_columns: 3;"
>
  <x-shadow-root>
    <div
      class="state state-error"
      part="error"
      role="alert"
    >
      <x-svg
        aria-hidden="true"
        class="state-icon"
        focusable="false"
        viewbox="0 0 24 24"
      >
        <path
          d="M12 2 1 21h22L12 2Zm0 5 7.5 12h-15L12 7Zm-1 4v4h2v-4h-2Zm0 5v2h2v-2h-2Z"
          fill="currentColor"
        >
        </path>
      </x-svg>
      <p class="state-text">
        Hiện không hiển thị được tin bài. Mong bạn đọc thông cảm.
      </p>
    </div>
    <slot
      class="fallback"
      part="fallback"
    >
    </slot>
  </x-shadow-root>
</tin-feed>
`;
/* end snapshot snapshots tin-feed error, the feed answers 404 */

snapshots["snapshots tin-feed an article open from the URL"] = 
`<tin-feed style="--_columns: 3;">
  <x-shadow-root>
    <button
      class="back button"
      part="button back-button"
      type="button"
    >
      <span aria-hidden="true">
        ←
      </span>
      Quay lại
    </button>
    <tin-article
      part="article"
      style="--_scale: 1;"
    >
      <x-shadow-root>
        <article
          class="article"
          part="article"
        >
          <h1
            class="title"
            lang="vi"
            part="title"
            tabindex="-1"
          >
            Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm
          </h1>
          <p
            class="meta"
            part="meta"
          >
            <span>
              Đăng ngày
              <time
                datetime="2019-07-09T09:03:00+07:00"
                part="date"
              >
                09-07-2019 09:03
              </time>
            </span>
            <span>
              Cập nhật
              <time
                datetime="2019-07-10T14:30:00+07:00"
                part="date"
              >
                10-07-2019 14:30
              </time>
            </span>
          </p>
          <div
            aria-label="Công cụ bài viết"
            class="tools"
            part="tools"
            role="toolbar"
          >
            <span class="muted">
              Cỡ chữ
            </span>
            <button
              class="button"
              part="button"
              type="button"
            >
              <span aria-hidden="true">
                A−
              </span>
              <span class="visually-hidden">
                Giảm cỡ chữ
              </span>
            </button>
            <button
              class="button"
              part="button"
              type="button"
            >
              <span aria-hidden="true">
                A+
              </span>
              <span class="visually-hidden">
                Tăng cỡ chữ
              </span>
            </button>
            <button
              aria-pressed="false"
              class="button"
              part="button"
              type="button"
            >
              Nghe đọc bài
            </button>
            <span class="spacer">
            </span>
            <button
              class="button"
              part="button"
              type="button"
            >
              In bài viết
            </button>
            <a
              aria-label="Chia sẻ lên Facebook"
              class="button"
              href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Ftinh.example.gov.vn%2Ftin-tuc%2Fhoi-nghi-so-ket.html"
              part="button"
              rel="noopener noreferrer"
              target="_blank"
            >
              Facebook
            </a>
            <a
              aria-label="Chia sẻ qua Zalo"
              class="button"
              href="https://zalo.me/share?url=https%3A%2F%2Ftinh.example.gov.vn%2Ftin-tuc%2Fhoi-nghi-so-ket.html"
              part="button"
              rel="noopener noreferrer"
              target="_blank"
            >
              Zalo
            </a>
            <button
              class="button"
              part="button"
              type="button"
            >
              Sao chép liên kết
            </button>
            <button
              class="button"
              part="button"
              type="button"
            >
              Chia sẻ
            </button>
            <span
              class="visually-hidden"
              role="status"
            >
            </span>
          </div>
          <p
            class="summary"
            lang="vi"
            part="summary"
          >
            Sáng 09/7, Cụm thi đua tổ chức hội nghị sơ kết tại thành phố Đà Nẵng.
          </p>
          <figure
            class="lead-image"
            part="lead-image"
          >
            <img
              alt=""
              src="{origin}/test/fixtures/anh.svg"
            >
          </figure>
          <div
            class="body"
            lang="vi"
            part="body"
          >
            <p>
              Sáng ngày 09/7/2019, Cụm Thi đua tổ chức hội nghị.
            </p>
            <p>
              Sáu tháng đầu năm, phong trào thi đua được quan tâm.
            </p>
            <p>
              <img
                alt="Toàn cảnh hội nghị"
                decoding="async"
                loading="lazy"
                src="https://tinh.example.gov.vn/tin-tuc/anh/hoi-nghi.jpg"
              >
            </p>
            <p>
              <a
                href="https://tinh.example.gov.vn/van-ban/123"
                rel="noopener noreferrer"
                target="_blank"
              >
                Xem văn bản
              </a>
              và
              <a
                href="https://khac.example.com/x"
                rel="noopener noreferrer"
                target="_blank"
              >
                trang khác
              </a>
            </p>
          </div>
          <p
            class="authors"
            part="author"
          >
            Mỹ Phương
          </p>
          <div class="tags-line">
            <span
              class="tags-label"
              id="tags-label"
            >
              Từ khóa:
            </span>
            <ul
              aria-labelledby="tags-label"
              class="tags"
              part="tags"
            >
              <li class="tag">
                Thi đua
              </li>
              <li class="tag">
                Khen thưởng
              </li>
            </ul>
          </div>
          <section
            aria-labelledby="attachments-heading"
            class="attachments"
            part="attachments"
          >
            <div
              aria-level="2"
              class="attachments-heading"
              id="attachments-heading"
              role="heading"
            >
              Tệp đính kèm
            </div>
            <ul>
              <li>
                <a
                  download=""
                  href="https://tinh.example.gov.vn/files/ke-hoach-123.pdf"
                >
                  Kế hoạch số 123/KH-UBND
                </a>
                <span class="file-meta">
                  (PDF, 1,2 MB)
                </span>
              </li>
            </ul>
          </section>
          <p
            class="address"
            part="address"
          >
            Địa chỉ bài viết: https://tinh.example.gov.vn/tin-tuc/hoi-nghi-so-ket.html
          </p>
        </article>
        <nav
          aria-label="Tin trước và tin sau"
          class="adjacent"
          part="adjacent"
        >
          <a
            class="adjacent-link"
            href="{page}#tin=tin-3"
            part="adjacent-link previous-link"
          >
            <span class="adjacent-label">
              <span aria-hidden="true">
                ←
              </span>
              Tin trước
            </span>
            <span
              class="adjacent-title"
              lang="vi"
            >
              Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa
            </span>
          </a>
          <a
            class="adjacent-link next"
            href="{page}#tin=2"
            part="adjacent-link next-link"
          >
            <span class="adjacent-label">
              Tin sau
              <span aria-hidden="true">
                →
              </span>
            </span>
            <span
              class="adjacent-title"
              lang="vi"
            >
              Đẩy mạnh chuyển đổi số trong cơ quan nhà nước
            </span>
          </a>
        </nav>
        <tin-list
          class="other"
          exportparts="heading: other-heading, item: other-item, link: other-link, source: other-source"
          part="other"
        >
          <x-shadow-root>
            <section
              aria-labelledby="tin-list-heading-N"
              class="list"
              part="list"
            >
              <div
                aria-level="2"
                class="heading"
                id="tin-list-heading-N"
                part="heading"
                role="heading"
              >
                Các tin khác
              </div>
              <ul
                class="items"
                part="items"
              >
                <li
                  class="item"
                  part="item"
                >
                  <a
                    href="{page}#tin=2"
                    lang="vi"
                    part="link"
                  >
                    Đẩy mạnh chuyển đổi số trong cơ quan nhà nước
                  </a>
                  <span class="item-date">
                    (
                    <time
                      class="date"
                      datetime="2019-07-12T16:45:00+07:00"
                      part="date"
                    >
                      12/07/2019
                    </time>
                    )
                  </span>
                </li>
                <li
                  class="item"
                  part="item"
                >
                  <a
                    href="{page}#tin=tin-3"
                    lang="vi"
                    part="link"
                  >
                    Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa
                  </a>
                  <span class="item-date">
                    (
                    <time
                      class="date"
                      datetime="2019-07-05T07:30:00+07:00"
                      part="date"
                    >
                      05/07/2019
                    </time>
                    )
                  </span>
                </li>
              </ul>
            </section>
          </x-shadow-root>
        </tin-list>
      </x-shadow-root>
    </tin-article>
  </x-shadow-root>
</tin-feed>
`;
/* end snapshot snapshots tin-feed an article open from the URL */

snapshots["snapshots tin-feed English, loaded grid with search and heading"] = 
`<tin-feed
  heading="News"
  lang="en"
  searchable=""
  style="--_columns: 3;"
>
  <x-shadow-root>
    <div
      aria-level="2"
      class="heading"
      part="heading"
      role="heading"
    >
      News
    </div>
    <div
      class="search"
      role="search"
    >
      <input
        aria-label="Search news"
        part="search"
        placeholder="Search news"
        type="search"
      >
    </div>
    <ul
      aria-busy="false"
      class="grid"
      part="grid"
    >
      <li>
        <tin-card
          data-id="2"
          exportparts="card: card-box, image: card-image, title: card-title, link: card-link, date: card-date, summary: card-summary, source: card-source"
          part="card"
        >
          <x-shadow-root>
            <article
              aria-busy="false"
              class="card"
              part="card"
            >
              <div
                class="media"
                part="media"
              >
                <div
                  aria-hidden="true"
                  class="placeholder"
                  part="placeholder"
                >
                  <x-svg
                    focusable="false"
                    viewbox="0 0 24 24"
                  >
                    <path
                      d="M3 5h18v14H3zm2 2v10h14V7zm1 9 4-5 3 3.5 2-2 3 3.5z"
                      fill="currentColor"
                    >
                    </path>
                  </x-svg>
                </div>
              </div>
              <div
                aria-hidden="false"
                class="body"
              >
                <div
                  aria-level="3"
                  class="title"
                  lang="vi"
                  part="title"
                  role="heading"
                >
                  <a
                    href="{page}#tin=2"
                    part="link"
                  >
                    Đẩy mạnh chuyển đổi số trong cơ quan nhà nước
                  </a>
                </div>
                <time
                  class="date"
                  datetime="2019-07-12T16:45:00+07:00"
                  part="date"
                >
                  12-07-2019 16:45
                </time>
                <p
                  class="summary"
                  lang="vi"
                  part="summary"
                >
                  Tỉnh đặt mục tiêu 100% hồ sơ công việc được xử lý trên môi trường mạng.
                </p>
              </div>
            </article>
          </x-shadow-root>
        </tin-card>
      </li>
      <li>
        <tin-card
          data-id="tin-1"
          exportparts="card: card-box, image: card-image, title: card-title, link: card-link, date: card-date, summary: card-summary, source: card-source"
          part="card"
        >
          <x-shadow-root>
            <article
              aria-busy="false"
              class="card"
              part="card"
            >
              <div
                class="media"
                part="media"
              >
                <img
                  alt=""
                  class="image"
                  decoding="async"
                  loading="eager"
                  part="image"
                  src="{origin}/test/fixtures/anh.svg"
                >
              </div>
              <div
                aria-hidden="false"
                class="body"
              >
                <div
                  aria-level="3"
                  class="title"
                  lang="vi"
                  part="title"
                  role="heading"
                >
                  <a
                    href="{page}#tin=tin-1"
                    part="link"
                  >
                    Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm
                  </a>
                </div>
                <time
                  class="date"
                  datetime="2019-07-09T09:03:00+07:00"
                  part="date"
                >
                  09-07-2019 09:03
                </time>
                <p
                  class="summary"
                  lang="vi"
                  part="summary"
                >
                  Sáng 09/7, Cụm thi đua tổ chức hội nghị sơ kết tại thành phố Đà Nẵng.
                </p>
              </div>
            </article>
          </x-shadow-root>
        </tin-card>
      </li>
      <li>
        <tin-card
          data-id="tin-3"
          exportparts="card: card-box, image: card-image, title: card-title, link: card-link, date: card-date, summary: card-summary, source: card-source"
          part="card"
        >
          <x-shadow-root>
            <article
              aria-busy="false"
              class="card"
              part="card"
            >
              <div
                class="media"
                part="media"
              >
                <div
                  aria-hidden="true"
                  class="placeholder"
                  part="placeholder"
                >
                  <x-svg
                    focusable="false"
                    viewbox="0 0 24 24"
                  >
                    <path
                      d="M3 5h18v14H3zm2 2v10h14V7zm1 9 4-5 3 3.5 2-2 3 3.5z"
                      fill="currentColor"
                    >
                    </path>
                  </x-svg>
                </div>
              </div>
              <div
                aria-hidden="false"
                class="body"
              >
                <div
                  aria-level="3"
                  class="title"
                  lang="vi"
                  part="title"
                  role="heading"
                >
                  <a
                    href="{page}#tin=tin-3"
                    part="link"
                  >
                    Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa
                  </a>
                </div>
                <time
                  class="date"
                  datetime="2019-07-05T07:30:00+07:00"
                  part="date"
                >
                  05-07-2019 07:30
                </time>
                <p
                  class="summary"
                  lang="vi"
                  part="summary"
                >
                </p>
              </div>
            </article>
          </x-shadow-root>
        </tin-card>
      </li>
    </ul>
    <div class="footer">
      <button
        aria-busy="false"
        aria-disabled="false"
        class="button"
        part="button more-button"
        type="button"
      >
        Show more
      </button>
    </div>
    <p
      class="visually-hidden"
      role="status"
    >
    </p>
  </x-shadow-root>
</tin-feed>
`;
/* end snapshot snapshots tin-feed English, loaded grid with search and heading */

snapshots["snapshots tin-card stale, a refresh failed"] = 
`<tin-card
  item-id="1"
  src="/__fault/ok-then-500?id=snapshots-N"
>
  <x-shadow-root>
    <p
      class="stale-note"
      part="stale-note"
      role="status"
      title="Hiện chưa tải được tin bài. Vui lòng thử lại sau."
    >
      Chưa cập nhật được tin mới; đang hiển thị bản trước đó.
    </p>
    <article
      aria-busy="false"
      class="card"
      part="card"
    >
      <div
        class="media"
        part="media"
      >
        <div
          aria-hidden="true"
          class="placeholder"
          part="placeholder"
        >
          <x-svg
            focusable="false"
            viewbox="0 0 24 24"
          >
            <path
              d="M3 5h18v14H3zm2 2v10h14V7zm1 9 4-5 3 3.5 2-2 3 3.5z"
              fill="currentColor"
            >
            </path>
          </x-svg>
        </div>
      </div>
      <div
        aria-hidden="false"
        class="body"
      >
        <div
          aria-level="2"
          class="title"
          part="title"
          role="heading"
        >
          Bản tin số 1
        </div>
        <time
          class="date"
          datetime="2026-11-20T09:03:00+07:00"
          part="date"
        >
          20-11-2026 09:03
        </time>
        <p
          class="summary"
          part="summary"
        >
        </p>
      </div>
    </article>
  </x-shadow-root>
</tin-card>
`;
/* end snapshot snapshots tin-card stale, a refresh failed */

