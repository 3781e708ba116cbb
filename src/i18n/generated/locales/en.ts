
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article-address': `Article address:`,
'article-gone': `This article is no longer in the news source.`,
'attachments': `Attachments`,
'back': `Back`,
'copy-link': `Copy link`,
'empty': `No news yet.`,
'error-blocked': `This page cannot show news from this source at the moment.`,
'error-http': str`The news server has a problem (error code ${0}). Please try again later.`,
'error-http-404': `The news source was not found (error 404). Its address may have changed.`,
'error-invalid-feed': `The news source is not in a valid format and cannot be shown.`,
'error-network': `Could not connect to the news source. Please check your network connection and try again.`,
'error-timeout': `The news server did not respond in time. Please try again in a few minutes.`,
'file-meta': str`${0}, ${1}`,
'font-larger': `Larger text`,
'font-size': `Text size`,
'font-smaller': `Smaller text`,
'link-copied': `Link copied.`,
'link-copy-failed': `Could not copy the link.`,
'listen': `Listen to article`,
'loading': `Loading…`,
'more': `Show more`,
'more-shown': str`Showing ${0} more`,
'not-found': `Article not found.`,
'other-news': `Other news`,
'pause': `Pause`,
'posted-on': `Posted on`,
'print': `Print article`,
'relative-just-now': `just now`,
'relative-yesterday': str`yesterday at ${0}`,
'resume': `Resume`,
'retry': `Try again`,
'search-count': str`${0} articles found`,
'search-label': `Search news`,
'share': `Share`,
'share-facebook': `Share on Facebook`,
'share-zalo': `Share on Zalo`,
'stale': `Could not fetch the latest news; showing the previous version.`,
'stop': `Stop reading`,
'tags': `Tags:`,
'tools': `Article tools`,
'untitled': `(Untitled)`,
'updated': `Updated`,
'weekdays': `Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday`,
'weekdays-short': `Sun,Mon,Tue,Wed,Thu,Fri,Sat`,
    };
  