import { expect } from '@open-wc/testing';
import type { Article } from '../../src/feed/model.js';
import { imageChoice } from '../../src/render/image-sources.js';

const IMAGE = 'https://tinh.example.gov.vn/anh/a.jpg';
const base: Article = { id: '1', title: 'T', image: IMAGE, authors: [], tags: [], attachments: [] };

describe('imageChoice', () => {
  it('gives the img its own format and one <source> per modern format, AVIF first', () => {
    const article: Article = {
      ...base,
      imageSources: [
        { url: 'https://tinh.example.gov.vn/anh/a-320.webp', width: 320, mimeType: 'image/webp' },
        { url: 'https://tinh.example.gov.vn/anh/a-320.jpg', width: 320, mimeType: 'image/jpeg' },
        { url: 'https://tinh.example.gov.vn/anh/a-320.avif', width: 320, mimeType: 'image/avif' },
        { url: 'https://tinh.example.gov.vn/anh/a-640.avif', width: 640, mimeType: 'image/avif' },
        { url: 'https://tinh.example.gov.vn/anh/a-640', width: 640 },
      ],
    };
    expect(imageChoice(article, IMAGE)).to.deep.equal({
      srcset: 'https://tinh.example.gov.vn/anh/a-320.jpg 320w, https://tinh.example.gov.vn/anh/a-640 640w',
      sources: [
        {
          type: 'image/avif',
          srcset: 'https://tinh.example.gov.vn/anh/a-320.avif 320w, https://tinh.example.gov.vn/anh/a-640.avif 640w',
        },
        { type: 'image/webp', srcset: 'https://tinh.example.gov.vn/anh/a-320.webp 320w' },
      ],
    });
  });

  it('leaves out, one by one, a URL the render-time check refuses or one that would split the attribute', () => {
    // As data that reached an element without a parser: the model's types hold, its URLs may not.
    const article: Article = {
      ...base,
      imageSources: [
        { url: 'javascript:alert(1)', width: 320 },
        { url: 'https://tinh.example.gov.vn/anh/a-480.jpg,', width: 480 },
        { url: 'https://tinh.example.gov.vn/anh/a-640.jpg', width: 640 },
        { url: 'data:image/avif;base64,AAAA', width: 320, mimeType: 'image/avif' },
      ],
    };
    expect(imageChoice(article, IMAGE)).to.deep.equal({
      srcset: 'https://tinh.example.gov.vn/anh/a-640.jpg 640w',
      sources: [],
    });
  });

  it('offers no renditions for another picture (the banner shown instead of the image)', () => {
    const article: Article = {
      ...base,
      bannerImage: 'https://tinh.example.gov.vn/anh/banner.jpg',
      imageSources: [{ url: 'https://tinh.example.gov.vn/anh/a-640.jpg', width: 640 }],
    };
    expect(imageChoice(article, 'https://tinh.example.gov.vn/anh/banner.jpg')).to.deep.equal({
      srcset: undefined,
      sources: [],
    });
    expect(imageChoice(base, IMAGE)).to.deep.equal({ srcset: undefined, sources: [] });
  });
});
