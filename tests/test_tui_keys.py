"""Keys: the help shows the keys in use (after a remap too), every key it lists, and fits
a small terminal; a remapped key wins over a pane's own use of it; a keymap naming an
unknown command or key is refused in one line."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
from tui_support import make_app, screen_lines, warm_settings, widget_lines

from briefing.errors import BriefingError


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    """Settings whose cache already holds the seeds' analyses."""
    return warm_settings(tmp_path_factory)


def _help_row(lines: list[str], does: str) -> str:
    return next(line for line in lines if does in line)


def test_the_help_shows_the_keys_in_use_after_a_remap(warm, tmp_path):
    async def check():
        settings = replace(warm, keys={"next_sentence": "x", "brief": "B"})
        app = make_app(settings, tmp_path)
        async with app.run_test(size=(120, 60)) as pilot:
            await pilot.pause()
            await pilot.press("question_mark")
            await pilot.pause()
            lines = widget_lines(app, "#help")
            row = _help_row(lines, "next summary sentence")
            assert row.split()[0] == "x" and "]" not in row.split("next")[0]
            assert _help_row(lines, "the daily brief").split()[0] == "B"
            assert "enter" in _help_row(lines, "open it")
            await pilot.press("escape", "x")  # the help told the truth
            await pilot.pause()
            assert app.reader.current_sentence == 0

    asyncio.run(check())


def test_the_help_fits_a_60_column_terminal_and_scrolls(warm, tmp_path):
    async def check():
        app = make_app(warm, tmp_path)
        async with app.run_test(size=(60, 20)) as pilot:
            await pilot.pause()
            await pilot.press("question_mark")
            await pilot.pause()
            box = app.screen.query_one("#help")
            assert box.region.x >= 0 and box.region.right <= 60
            assert any(line.rstrip().endswith("╮") for line in screen_lines(app))
            for _ in range(box.max_scroll_y):
                await pilot.press("j")
            await pilot.pause()
            assert "command palette" in " ".join(widget_lines(app, "#help"))

    asyncio.run(check())


def test_a_remapped_key_wins_over_the_lists_own(warm, tmp_path):
    async def check():
        settings = replace(warm, keys={"next_sentence": "n,down"})  # the README's example
        app = make_app(settings, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            first = app.reader.article
            assert app.focused.id == "articles"
            await pilot.press("down")
            await pilot.pause()
            assert app.reader.current_sentence == 0  # the next sentence, not the next article
            assert app.reader.article == first
            await pilot.press("j")  # j still moves the list
            await pilot.pause()
            assert app.reader.article != first
            await pilot.press("t", "down")  # a dialog keeps its own keys
            await pilot.pause()
            assert app.theme != "briefing-dark"

    asyncio.run(check())


def test_a_key_taken_by_a_remap_leaves_its_old_command():
    from briefing.tui.commands import resolve_keymap

    keymap = resolve_keymap({"longer": "n"})
    assert keymap["longer"] == ("n",)
    assert keymap["next_sentence"] == ("right_square_bracket",)


@pytest.mark.parametrize(
    ("keys", "says"),
    [
        ({"next_sentense": "x"}, "unknown command 'next_sentense'"),
        ({"next_sentence": "dwn"}, "'dwn' is not a key name"),
        ({"next_sentence": "x", "longer": "x"}, "x is given to both next_sentence and longer"),
    ],
)
def test_a_bad_keymap_is_one_line_and_exit_code_2(warm, keys, says, tmp_path):
    from briefing.tui.app import run_app

    with pytest.raises(BriefingError) as caught:
        run_app([], replace(warm, keys=keys))
    assert says in str(caught.value)
    assert "\n" not in str(caught.value)
    assert caught.value.exit_code == 2


def test_keys_accept_the_characters_people_write():
    from briefing.tui.commands import resolve_keymap

    keymap = resolve_keymap({"help": "?", "longer": "+", "search": "ctrl+f", "brief": "F5"})
    assert keymap["help"] == ("question_mark",)
    assert keymap["longer"] == ("plus",)
    assert keymap["search"] == ("ctrl+f",)


def test_ctrl_c_says_which_key_quits(warm, tmp_path):
    async def check():
        app = make_app(replace(warm, keys={"quit": "Q"}), tmp_path)
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await pilot.pause()
            await pilot.press("ctrl+c")
            await pilot.pause()
            assert "press Q to quit" in "\n".join(screen_lines(app))
            await pilot.press("Q")
            await pilot.pause()
        assert app.return_code == 0

    asyncio.run(check())


def test_the_footer_shows_R_reload_and_its_remapped_key(warm, tmp_path):
    async def check():
        for keys, shown in (({}, "R Reload"), ({"reload": "f5"}, "f5 Reload")):
            app = make_app(replace(warm, keys=keys), tmp_path)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.pause()
                footer = " ".join(screen_lines(app)[-1].split())
                assert shown in footer, footer

    asyncio.run(check())
