"""Fresh news: feeds and pages fetched into the library as Markdown files.

    network   HTTP (httpx): http/https only, bounded redirects, timeouts, retries on
              5xx and timeouts, a size cap, two requests at a time per host
    parse     a feed's bytes → entries (feedparser, which never touches the network)
    extract   a page's HTML → the article's text and metadata (trafilatura)
    files     an article → a Markdown file with YAML front matter, written atomically
    store     what was fetched: validators per feed, entries seen, files written and
              their hashes (feeds.sqlite3 in the user data folder)
    fetch     all feeds, concurrently, into the library; one page (`briefing add`)
    opml      subscriptions in and out (OPML 2.0, as newsboat and nom read it)
    subscriptions   the `feeds:` block of config.yaml, edited in place
    prune     retention: old fetched articles removed, never the user's own or starred
    command   the CLI commands (feeds …, fetch, add, prune)

Nothing here imports textual, and httpx, feedparser and trafilatura are imported
inside the functions that use them: a reader that never fetches never loads them.
"""
