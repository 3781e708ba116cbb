
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'adjacent-news': `Previous and next articles`,
'article-address': `Article address:`,
'article-gone': `This article is no longer in the news list.`,
'attachments': `Attachments`,
'back': `Back`,
'copy-link': `Copy link`,
'email': `Email`,
'empty': `No news yet.`,
'error-network': `The news could not be loaded. Please check your internet connection and try again.`,
'error-retry': `The news could not be loaded right now. Please try again later.`,
'error-unavailable': `The news cannot be shown at the moment. We apologise for the inconvenience.`,
'file-meta': str`${0}, ${1}`,
'font-larger': `Larger text`,
'font-size': `Text size`,
'font-smaller': `Smaller text`,
'link-copied': `Link copied.`,
'link-copy-failed': `Could not copy the link.`,
'listen': `Listen to article`,
'loading': `Loading…`,
'missing-sources': `Some news sources could not be loaded; showing news from the others.`,
'more': `Show more`,
'more-shown': str`Showing ${0} more`,
'next-news': `Next article`,
'next-page': `Next page`,
'not-found': `Article not found.`,
'open-embed': `Open embedded content`,
'other-news': `Other news`,
'page': `Page`,
'pagination': `Pagination`,
'pause': `Pause`,
'posted-on': `Posted on`,
'previous-news': `Previous article`,
'previous-page': `Previous page`,
'print': `Print article`,
'related-news': `Related news`,
'relative-just-now': `just now`,
'relative-yesterday': str`yesterday at ${0}`,
'resume': `Resume`,
'retry': `Try again`,
'search-count': str`${0} articles found`,
'search-count-one': str`${0} article found`,
'search-label': `Search news`,
'search-none': str`No articles match “${0}”.`,
'share': `Share`,
'share-facebook': `Share on Facebook`,
'share-zalo': `Share on Zalo`,
'stale': `Could not fetch the latest news; showing the previous version.`,
'stop': `Stop reading`,
'tags': `Tags:`,
'tools': `Article tools`,
'untitled': `(Untitled)`,
'updated': `Updated`,
'watch-video': `Watch video`,
'weekdays': `Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday`,
'weekdays-short': `Sun,Mon,Tue,Wed,Thu,Fri,Sat`,
    };
  