"""The library in the reader: `R` reads it again (fetching the feeds first, in a worker,
from a news site on 127.0.0.1), `fetch_on_start` does so at launch, each story shows
once with "also in:", a mark on one copy marks every copy, what arrived since the last
launch is marked and counted, tags show and filter, the order cycles, and a tiny
terminal starts with the focus on a pane it shows. Each key is in the help and the
palette and still works when remapped."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from feed_site import FEEDS, Site
from tui_support import folded, screen_lines, screen_text, warm_settings, widget_lines

from briefing.analysis.pipeline import Analyzer
from briefing.config import FeedSetting
from briefing.library import load_library

STORY = " ".join(
    f"The central bank held its main rate at {n} percent for the third month, saying "
    f"prices in sector {n} rose faster than it had hoped."
    for n in range(12)
)


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    return warm_settings(tmp_path_factory)


class Recording(Analyzer):
    """An analyzer with nothing cached that records what it is asked to analyse."""

    asked: list[str]

    def cached(self, article, options=None):
        return None

    def cached_many(self, articles, options=None):
        return {}

    def analyze(self, articles, options=None, **kwargs):
        self.asked.extend(a.title for a in articles)
        return []


def write(folder: Path, name: str, title: str, body: str, **meta: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [f"title: {title}", *(f"{k}: {v}" for k, v in meta.items())]
    path = folder / name
    path.write_text("---\n" + "\n".join(lines) + f"\n---\n{body}\n", encoding="utf-8")
    return path


def reader(settings, state_dir: Path, folder: Path | None = None, library=None):
    from briefing.state import ReaderState
    from briefing.tui.app import BriefingApp

    analyzer = Recording.from_settings(settings)
    analyzer.asked = []
    paths = [folder] if folder is not None else None
    return BriefingApp(
        library or load_library(paths, settings.library),
        settings,
        analyzer=analyzer,
        state=ReaderState(state_dir),
        paths=paths,
    )


def header(app) -> str:
    """The list's rule and the lines under it (status and filters), folded."""
    return folded(" ".join(widget_lines(app, "#list-pane", border=True)[:5]))


def listed(app) -> str:
    return folded(" ".join(widget_lines(app, "#articles")))


def title_line(app) -> str:
    return folded(" ".join(widget_lines(app, "#title")))


def notices(app) -> str:
    """The text of the notifications on the screen, each folded to one line."""
    lines = screen_lines(app)
    out = []
    for toast in app.screen.query("Toast"):
        r = toast.region
        rows = [row[r.x : r.x + r.width].strip(" ▌") for row in lines[r.y : r.y + r.height]]
        out.append(folded(" ".join(rows)))
    return "\n".join(out)


async def settle(app, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


# -- R: the library read again -------------------------------------------------------------


def test_R_reads_the_library_again_new_and_changed_files_appear_and_vanished_ones_go(
    warm, tmp_path
):
    folder = tmp_path / "news"
    write(folder, "a.md", "Harbour wall rebuilt", "The harbour wall was rebuilt in a year.")
    changed = write(folder, "b.md", "Rail strike called", "Drivers will strike on Friday.")
    gone = write(folder, "c.md", "Museum reopens", "The museum opened again on Saturday.")

    async def check():
        app = reader(warm, tmp_path / "state", folder)
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await settle(app, pilot)
            assert "Museum reopens" in listed(app)
            write(folder, "d.md", "Comet found", "Astronomers found a comet last week.")
            changed.write_text(
                "---\ntitle: Rail strike called off\n---\nThe strike is off after a pay offer.\n",
                encoding="utf-8",
            )
            gone.unlink()
            await pilot.press("R")
            await settle(app, pilot)
            shown = listed(app)
            assert "Comet found" in shown and "Rail strike called off" in shown
            assert "Museum reopens" not in shown
            assert "3 articles" in header(app)
            # a changed file is a new article and a vanished one
            assert "library read again: 2 new, 2 gone" in notices(app)
            # the new articles go to the analysis worker
            assert {"Comet found", "Rail strike called off"} <= set(app.analyzer.asked)

    asyncio.run(check())


# -- R and fetch_on_start: the feeds fetched in a worker -----------------------------------


@pytest.fixture
def site():
    with Site(stall_seconds=60) as running:
        yield running


def feeds_settings(warm, site: Site, folder: Path, names, **changes):
    feeds = tuple(FeedSetting(site.url(FEEDS[n]), n) for n in names)
    return replace(warm, feeds=feeds, feeds_dir=folder, library=(folder,), **changes)


async def until(pilot, condition, tries: int = 200) -> None:
    """Wait (a frame at a time) until the screen shows what `condition` looks for."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("the screen never showed it")


def test_R_fetches_the_feeds_in_a_worker_with_progress_and_one_summary(warm, tmp_path, site):
    folder = tmp_path / "news"
    write(folder, "mine.md", "My own notes", "Notes on the council meeting and the budget.")
    names = ["World Wire", "Agency A", "Missing", "Stalled"]
    settings = feeds_settings(warm, site, folder, names)

    async def check():
        app = reader(settings, tmp_path / "state")
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await settle(app, pilot)
            await pilot.press("R")
            # three feeds answer; the stalled one holds the fetch open: the reader still
            # answers keys meanwhile, and the header says how far the fetch is
            await until(pilot, lambda: "fetching 3/4 feeds…" in header(app))
            assert "fetching 3/4 feeds…" in screen_text(app).splitlines()[0]  # the title bar
            await pilot.press("r")
            await pilot.pause()
            assert "1 articles" not in header(app) and "0 unread" in header(app)
            site.release_stalled()
            await settle(app, pilot)
            shown = listed(app)
            assert "Council approves a bigger budget" in shown
            assert "Central bank holds interest rates" in shown
            assert "fetching" not in header(app)
            text = notices(app)
            assert "4 feeds: 6 new articles, 1 unchanged, 1 failed" in text, text
            assert "Missing: failed: HTTP 404" in text
            # arrived after this launch, so new; and analysed by the analysis worker
            assert "6 new since" in header(app)
            assert "Council approves a bigger budget for the city's parks" in app.analyzer.asked

    asyncio.run(check())


def test_fetch_on_start_fills_an_empty_library_without_a_key(warm, tmp_path, site):
    folder = tmp_path / "news"
    folder.mkdir()
    settings = feeds_settings(warm, site, folder, ["World Wire"], fetch_on_start=True)

    async def check():
        app = reader(settings, tmp_path / "state")
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await settle(app, pilot)
            assert "Council approves a bigger budget" in listed(app)
            assert "No articles yet" not in screen_text(app)
            assert app.focused is not None and app.focused.id == "articles"
            assert "1 feed: 5 new articles, 0 unchanged, 0 failed" in notices(app)

    asyncio.run(check())


def test_without_fetch_on_start_the_reader_opens_without_fetching(warm, tmp_path, site):
    folder = tmp_path / "news"
    write(folder, "mine.md", "My own notes", "Notes on the council meeting and the budget.")
    settings = feeds_settings(warm, site, folder, ["World Wire"])

    async def check():
        app = reader(settings, tmp_path / "state")
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(app, pilot)
            assert "Council approves" not in listed(app)
            assert site.requests == []

    asyncio.run(check())


# -- one copy of each story ----------------------------------------------------------------


def copies_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    write(folder, "reuters.md", "Bank holds rates", STORY, source="Reuters", date="2025-10-13",
          url="https://reuters.example/rates?utm_source=rss")  # fmt: skip
    write(folder, "bbc.md", "Central bank holds rates again", STORY + " The BBC adds a line.",
          source="BBC", date="2025-10-12", url="https://bbc.example/rates")  # fmt: skip
    write(folder, "ap.md", "Storm hits the coast", "A storm hit the coast of Florida overnight.",
          source="AP", date="2025-10-11")  # fmt: skip
    return folder


def test_a_story_from_two_feeds_shows_once_with_also_in_and_one_mark_marks_both(warm, tmp_path):
    folder = copies_folder(tmp_path)

    async def check():
        app = reader(warm, tmp_path / "state", folder)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(app, pilot)
            shown = listed(app)
            assert "Bank holds rates" in shown and "Central bank holds rates again" not in shown
            assert "+1 · 13 Oct 2025 · Reuters" in shown
            assert "also in: BBC" in title_line(app)
            assert "2 articles · 2 unread" in header(app)
            await pilot.press("r", "s")  # read and starred: both copies
            await pilot.pause()
        # the BBC copy alone, in another reader on the same state: read and starred
        bbc = load_library([folder / "bbc.md"])
        again = reader(warm, tmp_path / "state", library=bbc)
        async with again.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            row = widget_lines(again, "#articles")[0]
            assert row.lstrip().startswith("★") and "●" not in row
            assert "0 unread" in header(again)

    asyncio.run(check())


# -- new since last time -------------------------------------------------------------------


def test_articles_that_arrived_since_the_last_launch_are_marked_counted_and_shown_alone(
    warm, tmp_path
):
    folder = tmp_path / "news"
    write(folder, "old.md", "Harbour wall rebuilt", "The harbour wall was rebuilt in a year.")
    state = tmp_path / "state"

    async def check():
        first = reader(warm, state, folder)
        async with first.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert "new since" not in header(first)  # a first launch: nothing is new yet
        launched = datetime.now()
        write(folder, "fresh.md", "Comet found", "Astronomers found a comet last week.")
        app = reader(warm, state, folder)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert f"1 new since {launched:%a} " in header(app)
            rows = widget_lines(app, "#articles")
            comet = next(i for i, row in enumerate(rows) if "Comet found" in row)
            assert rows[comet + 2].split()[0] == "new"
            harbour = next(i for i, row in enumerate(rows) if "Harbour wall" in row)
            assert rows[harbour + 2].split()[0] != "new"
            await pilot.press("w")
            await pilot.pause()
            assert "Comet found" in listed(app) and "Harbour wall" not in listed(app)
            assert "new (esc clears)" in header(app)
            await pilot.press("w")
            await pilot.pause()
            assert "Harbour wall" in listed(app)

    asyncio.run(check())


# -- tags ------------------------------------------------------------------------------------


def test_tags_show_on_the_title_line_and_a_picker_filters_with_the_search(warm, tmp_path):
    folder = tmp_path / "news"
    write(
        folder,
        "a.md",
        "Rates rise",
        "The bank raised rates.",
        tags="[economy, uk]",
        date="2025-10-13",
    )
    write(folder, "b.md", "Rates hold", "The Fed held rates.", tags="[economy]", date="2025-10-12")
    write(folder, "c.md", "Storm [bold]nears[/]", "A storm nears.", tags="['[red]weather']", date="2025-10-11")  # fmt: skip

    async def check():
        app = reader(warm, tmp_path / "state", folder)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert "#economy #uk" in title_line(app)
            await pilot.press("T")
            await pilot.pause()
            picker = folded(" ".join(widget_lines(app, "#tags")))
            assert "any tag #economy 2 #[red]weather 1 #uk 1" in picker  # as written, no markup
            await pilot.press("j", "enter")  # #economy
            await pilot.pause()
            assert "Storm" not in listed(app) and "Rates hold" in listed(app)
            assert "#economy (esc clears)" in header(app)
            await pilot.press("slash", *"Fed", "enter")
            await pilot.pause()
            assert "Rates hold" in listed(app) and "Rates rise" not in listed(app)
            assert "“Fed” · #economy" in header(app)
            await pilot.press("T", "k", "enter")  # "any tag": the search alone
            await pilot.pause()
            assert "“Fed” (esc clears)" in header(app)

    asyncio.run(check())


# -- sort and group --------------------------------------------------------------------------


def test_the_order_cycles_by_date_by_source_and_grouped_by_source(warm, tmp_path):
    folder = copies_folder(tmp_path)
    write(folder, "bbc2.md", "Museum reopens", "The museum opened again on Saturday after work.",
          source="BBC", date="2025-10-10")  # fmt: skip

    def titles(app) -> list[str]:
        rows = widget_lines(app, "#articles")
        return [row.strip() for row in rows if row.strip()]

    async def check():
        app = reader(warm, tmp_path / "state", folder)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(app, pilot)
            assert "by source" not in header(app)
            await pilot.press("O")
            await pilot.pause()
            assert "by source" in header(app)
            shown = listed(app)
            assert shown.index("Storm") < shown.index("Museum") < shown.index("Bank holds")
            assert app.reader.article.title == "Bank holds rates"  # the article in view stays
            await pilot.press("O")
            await pilot.pause()
            assert "grouped by source" in header(app)
            rows = titles(app)
            assert rows[0] == "AP · 1 article" and "BBC · 1 article" in rows
            assert "Reuters · 1 article" in rows
            await pilot.press("g")  # the first row is a heading: the first article instead
            await pilot.pause()
            assert app.reader.article.title == "Storm hits the coast"
            await pilot.press("O")
            await pilot.pause()
            assert "by source" not in header(app) and "grouped" not in header(app)
            assert listed(app).index("Bank holds") < listed(app).index("Storm")

    asyncio.run(check())


# -- a tiny terminal -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "focused", "rule", "hidden"),
    [
        ((60, 20), "summary", "#summary", {"list-pane", "sidebar"}),
        ((80, 24), "articles", "#list-pane", {"sidebar"}),
    ],
)
def test_the_first_focus_is_on_a_pane_the_terminal_shows(
    warm, tmp_path, size, focused, rule, hidden
):
    from tui_support import make_app

    async def check():
        app = make_app(warm, tmp_path)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            gone = {w.id for w in app.screen.query("#list-pane, #sidebar, #centre")
                    if not w.display or not w.region.width}  # fmt: skip
            assert gone == hidden
            assert app.focused is not None and app.focused.id == focused
            assert app.focused.region.width > 0
            await pilot.press("j")  # the key reaches the pane on the screen
            await pilot.pause()
            pane = widget_lines(app, rule, border=True)[0]
            assert pane.startswith("▀")  # the focused pane's thick rule

    asyncio.run(check())


# -- in the help and the palette, and remapped ---------------------------------------------


def test_the_library_keys_are_in_the_help_and_the_palette_and_survive_a_remap(warm, tmp_path):
    folder = copies_folder(tmp_path)
    keys = {"reload": "ctrl+r", "new_only": "x", "pick_tag": "#", "cycle_order": "ctrl+o"}
    settings = replace(warm, keys=keys)

    async def check():
        app = reader(settings, tmp_path / "state", folder)
        async with app.run_test(size=(120, 60), notifications=True) as pilot:
            await settle(app, pilot)
            titles = {c.title for c in app.get_system_commands(app.screen)}
            assert {"Reload", "New only", "Tags", "Order"} <= titles
            write(folder, "late.md", "Late news", "Something happened late in the day.")
            await pilot.press("ctrl+r")
            await settle(app, pilot)
            assert "Late news" in listed(app)
            await pilot.press("ctrl+o")
            await pilot.pause()
            assert "by source" in header(app)
            await pilot.press("x")  # new: what arrived while the reader was open
            await pilot.pause()
            assert "Late news" in listed(app) and "Bank holds" not in listed(app)
            assert "new (esc clears)" in header(app)
            await pilot.press("number_sign")
            await pilot.pause()
            assert "no article has tags" in notices(app)
            app.clear_notifications()  # a notice drawn over the help would hide its lines
            await pilot.press("question_mark")
            await pilot.pause()
            shown = widget_lines(app, "#help")
            rows = {line.split()[0]: line for line in shown if line.split()}
            assert "fetch the feeds" in rows["ctrl+r"]
            assert "arrived since the last launch" in rows["x"]
            assert "tag" in rows["#"]
            assert "sort by date" in rows["ctrl+o"]

    asyncio.run(check())


def test_a_search_over_bodies_still_in_their_files_is_made_in_a_worker(warm, tmp_path, monkeypatch):
    import briefing.tui.copies

    # a library this small would have its copies found in the reader, which reads every
    # body; from IN_A_PROCESS on a child reads them, and the reader has none in memory
    monkeypatch.setattr(briefing.tui.copies, "IN_A_PROCESS", 5)
    folder = tmp_path / "news"
    for n in range(30):
        write(folder, f"{n:02d}.md", f"Item {n}", f"Item {n} of the day: the council met again.")
    write(folder, "harbour.md", "Harbour plans", "The harbour wall will be rebuilt by May.")
    index = replace(warm, cache_dir=tmp_path / "cache")
    load_library([folder], index.library, index_dir=index.cache_dir)  # writes the index
    library = load_library([folder], index.library, index_dir=index.cache_dir)

    async def check():
        app = reader(warm, tmp_path / "state", folder, library=library)
        app.SEARCH_IN_A_WORKER = 10
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()  # the copies, found by the child
            assert sum(not a.body_read for a in library.articles) >= 10
            await pilot.press("slash", *"rebuilt", "enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert "Harbour plans" in listed(app) and "Item 3" not in listed(app)
            assert "“rebuilt” (esc clears)" in header(app)

    asyncio.run(check())
