"""Web addresses: which ones briefing may fetch, and one spelling of each for comparing.

Feeds, the pages they link and the brief's test for "the same story" all compare
addresses. The same article is linked as `https://Example.com/a?utm_source=rss` from
one feed and `https://example.com/a?fbclid=…#top` from another; `normalise_url` spells
both `https://example.com/a`. This module imports nothing of briefing, so every layer
may use it.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

WEB_SCHEMES = ("http", "https")

TRACKING_PARAMETERS = frozenset(
    """fbclid gclid gclsrc dclid msclkid yclid twclid igshid mc_cid mc_eid mkt_tok
    _hsenc _hsmi hsctatracking oly_anon_id oly_enc_id vero_id vero_conv rb_clickid
    s_cid cmpid ocid icid ncid sr_share smid wt_mc at_medium at_campaign at_custom1
    at_custom2 at_custom3 at_custom4 at_format at_link at_link_id at_link_origin
    at_link_type at_ptr_name at_bbc_team ref_src ref_url guce_referrer
    guce_referrer_sig __twitter_impression spm share_source via""".split()
)
"""Query parameters that say where a reader came from, not what they read."""

TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "ga_", "hmb_", "__s")
"""Families of tracking parameters (Google's utm_*, Matomo's pk_* and mtm_*, …)."""


def is_web_url(url: str) -> bool:
    """An absolute http or https address with a host: the only kind briefing fetches."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.hostname)


def host_of(url: str) -> str:
    """The address's host in lower case ("" when it has none)."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def is_tracking_parameter(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMETERS or lowered.startswith(TRACKING_PREFIXES)


def normalise_url(url: str) -> str:
    """One spelling of an address for comparing, never for fetching: the scheme folded
    to https, the host in lower case without "www." and a default port, no fragment, no
    tracking parameters, the other parameters sorted, no trailing slash on the path.
    An address that does not parse comes back stripped, as it is."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return text
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
        return text
    host = parts.hostname.lower().rstrip(".")
    host = host.removeprefix("www.")
    if port is not None and port not in (80, 443):
        host = f"{host}:{port}"
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_parameter(k)
    )  # fmt: skip
    path = parts.path.rstrip("/") or ""
    return urlunsplit(("https", host, path, urlencode(query), ""))


def without_tracking(url: str) -> str:
    """The address as given, tracking parameters removed, everything else (scheme,
    host, the other parameters' order, the fragment) kept. For showing and saving;
    `normalise_url` is for comparing."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    if not parts.query:
        return urlunsplit(parts)
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_parameter(k)
    ]  # fmt: skip
    return urlunsplit(parts._replace(query=urlencode(query)))
