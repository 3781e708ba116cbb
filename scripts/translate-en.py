"""Fills <target> elements in xliff/en.xlf from the table below, keeping existing targets.

The translator's file is xliff/en.xlf; this table is where the team keeps its English, so
`npm run localize` (extract → fill → build) is repeatable. Placeholders are written as {0}, {1}.
"""
import re
import sys
from pathlib import Path

EN = {
    "link-copied": "Link copied.",
    "link-copy-failed": "Could not copy the link.",
    "tools": "Article tools",
    "font-size": "Text size",
    "font-smaller": "Smaller text",
    "font-larger": "Larger text",
    "pause": "Pause",
    "resume": "Resume",
    "listen": "Listen to article",
    "stop": "Stop reading",
    "print": "Print article",
    "share-facebook": "Share on Facebook",
    "share-zalo": "Share on Zalo",
    "copy-link": "Copy link",
    "share": "Share",
    "email": "Email",
    "posted-on": "Posted on",
    "updated": "Updated",
    "tags": "Tags:",
    "article-address": "Article address:",
    "attachments": "Attachments",
    "watch-video": "Watch video",
    "open-embed": "Open embedded content",
    "file-meta": "{0}, {1}",
    "back": "Back",
    "other-news": "Other news",
    "related-news": "Related news",
    "adjacent-news": "Previous and next articles",
    "previous-news": "Previous article",
    "next-news": "Next article",
    "search-label": "Search news",
    "search-count": "{0} articles found",
    "search-count-one": "{0} article found",
    "search-none": "No articles match “{0}”.",
    "error-network": "The news could not be loaded. Please check your internet connection and try again.",
    "error-retry": "The news could not be loaded right now. Please try again later.",
    "error-unavailable": "The news cannot be shown at the moment. We apologise for the inconvenience.",
    "article-gone": "This article is no longer in the news list.",
    "loading": "Loading…",
    "retry": "Try again",
    "empty": "No news yet.",
    "not-found": "Article not found.",
    "stale": "Could not fetch the latest news; showing the previous version.",
    "missing-sources": "Some news sources could not be loaded; showing news from the others.",
    "untitled": "(Untitled)",
    "more": "Show more",
    # Plural-free on purpose: "Showing 1 more", "Showing 12 more".
    "more-shown": "Showing {0} more",
    "pagination": "Pagination",
    "page": "Page",
    "previous-page": "Previous page",
    "next-page": "Next page",
    "relative-just-now": "just now",
    "relative-yesterday": "yesterday at {0}",
    # Comma-separated lists from Sunday on: date-format's EEEE and E tokens.
    "weekdays": "Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday",
    "weekdays-short": "Sun,Mon,Tue,Wed,Thu,Fri,Sat",
}

path = Path(sys.argv[1] if len(sys.argv) > 1 else "xliff/en.xlf")
text = path.read_text(encoding="utf-8")
missing = []


def fill(match: re.Match) -> str:
    unit_id, body = match.group(1), match.group(2)
    if "<target>" in body:
        return match.group(0)
    if unit_id not in EN:
        missing.append(unit_id)
        return match.group(0)
    placeholders = {m.group(2): m.group(1) for m in re.finditer(r'(<x id="(\d+)"[^>]*/>)', body)}
    target = re.sub(r"\{(\d+)\}", lambda m: placeholders[m.group(1)], EN[unit_id])
    return match.group(0).replace("</source>", f"</source>\n  <target>{target}</target>", 1)


text = re.sub(r'<trans-unit id="([^"]+)">(.*?)</trans-unit>', fill, text, flags=re.S)
path.write_text(text, encoding="utf-8")
if missing:
    sys.exit("No English for: " + ", ".join(missing))
