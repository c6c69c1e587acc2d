"""Summaries: every summariser, lengths, document order, offsets, and the default's rules."""

from __future__ import annotations

import pytest

from briefing.analysis.options import ALGORITHMS, DEFAULT_ALGORITHM, InvalidOption, Length
from briefing.analysis.summarize import (
    BRIEF_WEIGHTS,
    EXTRACT_WEIGHTS,
    briefing_ratings,
    dropped_sentences,
    recurrence,
    select_mmr,
    summarize,
)
from briefing.analysis.summary_rules import (
    brief_reason,
    caption_label,
    is_cut,
    is_not_story,
    is_unfit_for_brief,
    points_back,
    quote_marks,
    starts_lowercase,
)
from briefing.analysis.summary_units import reading_units, sentence_units


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_every_summariser_returns_three_sentences_in_order_with_valid_offsets(
    algorithm, seed_articles, seed_parses
):
    article = seed_articles[-1]
    summary = summarize(article.body, seed_parses[article.id], algorithm, "3")
    assert len(summary) == 3
    assert [s.start for s in summary] == sorted(s.start for s in summary)
    assert sorted(s.rank for s in summary) == [1, 2, 3]
    for s in summary:
        assert article.body[s.start : s.end] == s.text
        assert seed_parses[article.id].sentences[s.sentence] == (s.start, s.end)


def test_a_percentage_length_scales_with_the_article(seed_articles, seed_parses):
    for article in seed_articles:
        parse = seed_parses[article.id]
        summary = summarize(article.body, parse, "lexrank", "20%")
        assert len(summary) == max(1, -(-len(parse.sentences) * 20 // 100))


@pytest.mark.parametrize("bad", ["0", "-2", "lots", "0%", "150%", ""])
def test_bad_lengths_are_refused(bad):
    with pytest.raises(InvalidOption):
        Length.parse(bad)


def test_length_longer_than_the_article_returns_every_sentence(parse_text):
    body = "The mayor opened the bridge on Monday. Traffic started to flow at noon."
    assert len(summarize(body, parse_text(body), DEFAULT_ALGORITHM, "10")) == 2


NEWS = (
    "By Jane Doe, Science Reporter\n"
    "PUBLISHED: 10:02 EST, 3 March 2024 | UPDATED: 11:15 EST, 3 March 2024\n"
    "The city council approved a new flood barrier for the river district on Tuesday after years of debate.\n"
    "The barrier will protect homes in the river district from the floods that hit the city every winter.\n"
    "Will it be enough?\n"
    "Engineers said the flood barrier for the river district would be finished within two years.\n"
    "Engineers said the flood barrier for the river district would be finished within two years, officials added.\n"
    "Residents of the river district welcomed the council's decision on the barrier.\n"
    "Critics argued that the cost of the flood barrier was too high for the council."
)


def test_the_default_skips_bylines_time_stamps_and_questions(parse_text):
    summary = summarize(NEWS, parse_text(NEWS), DEFAULT_ALGORITHM, "3")
    texts = " ".join(s.text for s in summary)
    assert "By Jane Doe" not in texts
    assert "PUBLISHED" not in texts
    assert "Will it be enough?" not in texts


def test_the_default_brief_keeps_the_first_real_sentence(parse_text):
    summary = summarize(NEWS, parse_text(NEWS), DEFAULT_ALGORITHM, "3")
    assert any(s.text.startswith("The city council approved") for s in summary)


def test_the_default_drops_near_duplicate_sentences(parse_text):
    summary = summarize(NEWS, parse_text(NEWS), DEFAULT_ALGORITHM, "4")
    engineers = [s for s in summary if s.text.startswith("Engineers said")]
    assert len(engineers) <= 1


# -- the rules behind the default, one by one ---------------------------------------------


def test_centrality_counts_the_other_sentences_that_repeat_a_word():
    stems = [["flood", "barrier"], ["flood", "flood", "flood"], ["barrier", "cost"], ["flood"]]
    pairs = [[], [], [], []]
    # "flood" is in two other sentences, "barrier" in one: a word repeated within one
    # sentence counts that sentence once
    assert recurrence(stems, pairs, phrases=0.5) == [3, 6, 1, 2]


def test_recurring_phrases_add_to_centrality_as_weighted():
    stems = [["chief", "executive"], ["chief", "executive"], ["chief", "cook"]]
    pairs = [[("chief", "executive")], [("chief", "executive")], [("chief", "cook")]]
    assert recurrence(stems, pairs, phrases=0.5) == [3.5, 3.5, 2]


def test_a_brief_favours_the_lead_between_equally_central_sentences():
    texts = [
        "Rail workers in the north will strike on Friday over pay.",
        "Rail workers in the north will strike on Friday over pay.",
    ]
    first, second = briefing_ratings(texts, None, BRIEF_WEIGHTS)
    assert first > second
    assert EXTRACT_WEIGHTS.lead == 0  # an extract is chosen on centrality alone


def test_bylines_and_stamps_do_not_push_the_lead_down():
    story = [
        "Rail workers in the north will strike on Friday over pay and hours.",
        "The union said talks with the rail operator about pay had failed.",
        "Passengers were told to expect no trains in the north on Friday.",
    ]
    stamped = ["By Jane Doe, Transport Reporter", "PUBLISHED: 10:02 EST, 3 March 2024", *story]
    plain = briefing_ratings(story, None, BRIEF_WEIGHTS)
    assert briefing_ratings(stamped, None, BRIEF_WEIGHTS)[2:] == pytest.approx(plain)


@pytest.mark.parametrize(
    "text",
    [
        "By Jane Doe, Science Reporter",
        "By .",
        "PUBLISHED: 14:11 EST, 25 October 2013",
        "Fargo Catholic Diocese in North Dakota (pictured) is where the bishop is located .",
        "Two boys pictured saying their final goodbye to their pet dog at the vet.",
        "SCROLL DOWN FOR VIDEO",
        '"',
    ],
)
def test_text_around_the_story_is_never_shown(text):
    assert is_not_story(text, len(text.split()) if text != '"' else 0)


def test_a_sentence_opening_with_by_is_not_a_byline():
    text = "By contrast, the firm's profits rose sharply in the third quarter of the year."
    assert not is_not_story(text, 14)
    assert not is_unfit_for_brief(text, 14, has_verb=True)


def test_a_caption_label_has_few_words_and_no_finite_verb_before_the_colon():
    caption = "Campaign: Magic Johnson has dedicated his life to raising awareness about HIV ."
    assert caption_label(caption, finite_verb_offsets=[caption.index("has")])
    # a participle is no finite verb: "farmed" describes the picture
    farmed = "Intensively farmed: Jumbo tiger prawns are not so appealing after all."
    assert caption_label(farmed, finite_verb_offsets=[farmed.index("are")])
    quote = 'He said: "We will build the barrier within two years."'
    assert not caption_label(quote, finite_verb_offsets=[quote.index("said"), quote.index("will")])
    long_label = "The mayor of the northern city: the barrier will be built within two years."
    assert not caption_label(long_label, finite_verb_offsets=[long_label.index("will")])


def test_captions_are_left_out_of_the_brief(parse_text):
    body = (
        "The city council approved a new flood barrier for the river district on Tuesday.\n"
        "Campaign: The flood barrier for the river district was approved by the city council.\n"
        "The barrier will protect homes in the river district from the winter floods.\n"
        "Engineers said the barrier for the river district would take two years to build.\n"
        "Residents of the river district welcomed the decision of the city council."
    )
    texts = " ".join(s.text for s in summarize(body, parse_text(body), DEFAULT_ALGORITHM, "3"))
    assert "Campaign:" not in texts


def test_lower_case_names_do_not_make_a_sentence_a_fragment():
    assert starts_lowercase("but I think it probably isn't.")
    assert not starts_lowercase("eBay said its profits rose by a fifth in the quarter.")
    assert not starts_lowercase("iPod sales rose again in the quarter to December.")


def test_a_sentence_broken_in_two_is_cut():
    assert is_cut("Whatever the truth, he might struggle .", "to meet the new fitness tests.")
    assert is_cut("I wish 30-40 hours a week was unusual", "but I think it probably isn't.")
    assert not is_cut("He might struggle to meet the tests.", "eBay said it would help.")
    assert not is_cut("He might struggle to meet the tests.", None)


def test_a_brief_leaves_out_both_parts_of_a_broken_sentence():
    texts = [
        "The council approved the flood barrier for the river district on Tuesday.",
        "Engineers said the flood barrier for the river district would be finished",
        "within two years, and the flood barrier for the river district would be tall.",
        "Residents of the river district welcomed the flood barrier.",
    ]
    ratings = briefing_ratings(texts, None, BRIEF_WEIGHTS)
    assert ratings[1] < 0 and ratings[2] < 0
    assert ratings[0] > 0 and ratings[3] > 0


LISTED = (
    "The council set out its plans for the flood barrier of the river district.\n"
    "- The flood barrier of the river district will be built by the council this year.\n"
    "- The council will pay for the flood barrier of the river district from its budget.\n"
    "- The flood barrier of the river district will be two metres tall.\n"
    "Residents of the river district welcomed the flood barrier on Tuesday.\n"
    "The weather stayed dry and mild across the whole region all week."
)


def test_a_brief_leaves_out_the_items_of_a_list(parse_text):
    shown = _shown(LISTED, parse_text, "3")
    assert len(shown) == 3
    assert not any(s.startswith("-") for s in shown)
    reasons = {
        d.sentence: d.reason
        for d in dropped_sentences(LISTED, parse_text(LISTED), DEFAULT_ALGORITHM, "3")
    }
    assert [reasons.get(i) for i in (1, 2, 3)] == ["an item of a list"] * 3


@pytest.mark.parametrize(
    "text",
    [
        "1.\u00a0\u00a0 \u00a0Running the shuttle test is the first of the fitness tests.",
        "2) A test of strength follows, and officers must pass both of them.",
        "* Officers who fail the fitness tests will be given a second chance.",
    ],
)
def test_a_numbered_or_starred_list_item_is_not_shown_in_a_brief(text):
    assert brief_reason(text, 10, has_verb=True) == "an item of a list"


@pytest.mark.parametrize(
    "text",
    [
        "The second fitness test (Shuttle Run)This is done first, before the strength test.",
        "The phone has a screen and a headphone jack.The camera takes good pictures too.",
    ],
)
def test_two_blocks_of_a_page_run_together_are_not_shown_in_a_brief(text):
    assert brief_reason(text, 14, has_verb=True) == "two blocks of the page run together"


@pytest.mark.parametrize(
    "text",
    [
        "(CNN)The city police department said on Monday that it would hire more officers.",
        "The online shop Amazon.com said its sales had risen sharply over the year.",
    ],
)
def test_a_glued_dateline_or_a_web_address_is_no_layout_fault(text):
    assert brief_reason(text, 14, has_verb=True) is None


def test_a_sentence_with_a_number_or_a_dash_inside_is_no_list_item():
    text = "The council said 12 homes - all of them by the river - will be moved."
    assert brief_reason(text, 14, has_verb=True) is None


def test_an_extract_keeps_quotes_and_questions_but_not_bylines():
    texts = [
        "By Jane Doe, Science Reporter",
        "The council approved the flood barrier for the river district on Tuesday.",
        '"The flood barrier will keep the river district dry," the council leader said.',
        '"The flood barrier will keep the river district dry."',
        "Will the flood barrier for the river district be enough?",
    ]
    extract = briefing_ratings(texts, None, EXTRACT_WEIGHTS)
    brief = briefing_ratings(texts, None, BRIEF_WEIGHTS)
    assert extract[0] < 0 and brief[0] < 0
    assert all(r > 0 for r in extract[1:])
    assert brief[3] < 0 and brief[4] < 0


def test_the_pieces_of_a_broken_sentence_are_one_unit():
    texts = [
        "Whatever the truth, he might struggle .",
        "to meet the new fitness tests for officers .",
        "the thin blue line must be fighting fit.",
        "The move follows fears about fitness in the force.",
        "eBay said it would sponsor the tests.",
    ]
    assert sentence_units(texts) == [[0, 1, 2], [3], [4]]


def test_an_extract_picks_a_broken_sentence_whole_or_not_at_all():
    texts = ["One piece of a", "sentence broken in two.", "A whole sentence.", "Another one."]
    units = [[0, 1], [2], [3]]
    ratings = [0.9, 0.5, 0.4]
    assert sorted(select_mmr(ratings, texts, 2, 1.0, units)) == [0, 1]
    assert sorted(select_mmr(ratings, texts, 3, 1.0, units)) == [0, 1, 2]
    # no room for both pieces: the next unit that fits
    assert sorted(select_mmr(ratings, texts, 1, 1.0, units)) == [2]
    # no unit fits at all: a piece alone rather than nothing
    assert select_mmr([0.9], texts[:2], 1, 1.0, [[0, 1]]) == [0]


def test_an_article_without_a_fit_sentence_still_gets_a_brief(parse_text):
    body = "Will it rain today? Nobody knows. Will it snow tomorrow? Who can say?"
    assert len(summarize(body, parse_text(body), DEFAULT_ALGORITHM, "2")) == 2


# -- faithful extracts: a sentence is shown with what it needs, or not at all -------------


def _shown(body, parse_text, length="3"):
    return [s.text.strip() for s in summarize(body, parse_text(body), DEFAULT_ALGORITHM, length)]


BARRIER = (
    "Officials met in the town hall of the river district on Tuesday evening.\n"
    "It approved a flood barrier for the river district, and the flood barrier will "
    "protect the homes of the river district from the winter floods.\n"
    "Shops in the old town stayed closed for the public holiday.\n"
    "The weather stayed dry and mild across the whole region all week.\n"
    "Residents of the river district welcomed the flood barrier for their homes."
)


def test_an_opener_that_points_back_brings_the_sentence_before_it(parse_text):
    shown = _shown(BARRIER, parse_text, "2")
    assert shown[0].startswith("Officials met")
    assert shown[1].startswith("It approved a flood barrier")


COMMITTEE = (
    "The committee sat for three hours in the old town on Tuesday evening.\n"
    "It approved a flood barrier that will protect the homes of the river district from "
    "the winter floods.\n"
    "Shops in the old town stayed closed for the public holiday.\n"
    "The river district has asked for a flood barrier for many years.\n"
    "The weather stayed dry and mild across the whole region all week."
)


def test_the_central_sentence_comes_with_a_weak_sentence_before_it_rather_than_giving_way(
    parse_text,
):
    # The decision is what the article is about; the sentence before it says little but
    # is what "It" stands for. Rated at the pair's plain mean, the two lost to a lesser
    # pair ("Shops..." and "The river district has asked..."), and the brief left out
    # what happened.
    shown = _shown(COMMITTEE, parse_text, "2")
    assert shown[0].startswith("The committee sat")
    assert shown[1].startswith("It approved a flood barrier")


def test_an_opener_gives_way_when_the_sentence_before_it_does_not_fit(parse_text):
    shown = _shown(BARRIER, parse_text, "1")
    assert len(shown) == 1
    assert not shown[0].startswith("It approved")


def test_an_opener_gives_way_when_the_sentence_before_it_is_a_byline(parse_text):
    body = (
        "By Jane Doe, Transport Reporter\n"
        "But rail workers in the north will strike on Friday over pay, the rail union said.\n"
        "Rail workers in the north voted for the strike over pay by a large majority.\n"
        "The rail operator said it was disappointed that rail workers would strike.\n"
        "Passengers were told to expect no trains in the north on Friday."
    )
    shown = _shown(body, parse_text, "2")
    assert not any(s.startswith("But rail workers") for s in shown)
    reasons = {
        d.sentence: d.reason
        for d in dropped_sentences(body, parse_text(body), DEFAULT_ALGORITHM, "2")
    }
    assert "a byline or time stamp" in reasons[1]


QUOTED = (
    "The city council approved a flood barrier for the river district on Tuesday.\n"
    'The council leader said: "The flood barrier will keep the river district dry.\n'
    '"Every home in the river district will be safe from the floods, and the barrier '
    'will be finished within two years."\n'
    "Residents of the river district welcomed the flood barrier.\n"
    "The weather stayed dry and mild across the whole region all week."
)


@pytest.mark.parametrize("length", ["2", "3", "4", "5"])
def test_a_quotation_split_over_sentences_is_shown_whole_or_not_at_all(parse_text, length):
    shown = _shown(QUOTED, parse_text, length)
    opening = [s for s in shown if s.startswith("The council leader said")]
    closing = [s for s in shown if s.startswith('"Every home')]
    assert len(opening) == len(closing)
    assert len(shown) <= int(length)


def test_a_quotation_longer_than_the_summary_is_left_out(parse_text):
    shown = _shown(QUOTED, parse_text, "1")
    assert not shown[0].startswith(("The council leader said", '"Every home'))
    reasons = [
        d.reason for d in dropped_sentences(QUOTED, parse_text(QUOTED), DEFAULT_ALGORITHM, "1")
    ]
    assert any("longer than the summary" in r for r in reasons)


def test_a_quote_left_open_by_the_source_is_never_shown(parse_text):
    body = (
        "The city council approved a flood barrier for the river district on Tuesday.\n"
        'The council leader said: "The flood barrier for the river district will keep the '
        "river district dry for a hundred years.\n"
        "Residents of the river district welcomed the flood barrier."
    )
    assert not any(s.startswith("The council leader") for s in _shown(body, parse_text, "2"))


def test_a_caption_with_a_long_label_is_left_out(parse_text):
    body = (
        "The city council approved a new flood barrier for the river district on Tuesday.\n"
        "Ready for the worst of the winter storms: The flood barrier for the river district "
        "was approved by the city council.\n"
        "The barrier will protect homes in the river district from the winter floods.\n"
        "Engineers said the barrier for the river district would take two years to build."
    )
    assert not any(s.startswith("Ready for") for s in _shown(body, parse_text, "3"))


def test_every_sentence_left_out_has_a_reason(parse_text):
    parse = parse_text(NEWS)
    summary = summarize(NEWS, parse, DEFAULT_ALGORITHM, "3")
    dropped = dropped_sentences(NEWS, parse, DEFAULT_ALGORITHM, "3")
    shown = {s.sentence for s in summary}
    assert {d.sentence for d in dropped} == set(range(len(parse.sentences))) - shown
    reasons = {NEWS[slice(*parse.sentences[d.sentence])].strip()[:14]: d.reason for d in dropped}
    assert reasons["By Jane Doe, S"] == "a byline or time stamp"
    assert reasons["Will it be eno"] == "fewer than six words"
    assert all(d.reason for d in dropped)


def test_a_baseline_says_it_rated_the_rest_lower(parse_text):
    dropped = dropped_sentences(NEWS, parse_text(NEWS), "textrank", "3")
    assert dropped and all(d.reason == "rated below the 3 chosen by textrank" for d in dropped)


@pytest.mark.parametrize(
    "text",
    [
        "He said the barrier would be finished within two years.",
        "Its profits rose by a fifth in the quarter.",
        "However, the council said the cost was too high.",
        "In addition, the firm will cut 200 jobs.",
        '"But we will not give up," she said.',
        "This change could mean the end of the old barrier.",
        "and the barrier will be finished within two years.",
    ],
)
def test_an_opener_that_points_back_needs_the_sentence_before(text):
    units = reading_units(["The council met on Tuesday to discuss the barrier.", text])
    assert units[-1].needs == 0


@pytest.mark.parametrize(
    "text",
    [
        "The council said the barrier would be finished within two years.",
        "This week the council said the barrier would be finished.",
        "Although it rained, the barrier held through the night.",
        "We will build the barrier within two years, the mayor said.",
    ],
)
def test_a_sentence_that_stands_alone_needs_nothing(text):
    assert not points_back(text)
    assert reading_units(["The council met on Tuesday.", text])[-1].needs is None


def test_straight_quotation_marks_open_before_a_word_and_close_after_one():
    assert quote_marks('He said: "We will win." Then "maybe" not.') == [True, False, True, False]
    assert quote_marks("“We will win,” he said.") == [True, False]


def test_a_quotation_over_several_sentences_is_one_unit_and_a_new_paragraph_goes_on_with_it():
    texts = [
        'The mayor said: "We will build it.',
        '"It will keep the district dry.',
        '"And it will be finished soon."',
        "Work starts in May.",
    ]
    assert [u.members for u in reading_units(texts)] == [(0, 1, 2), (3,)]


def test_a_quote_mark_never_matched_is_a_problem():
    assert reading_units(['We will win," he said.', "Work starts in May."])[0].problem
    assert reading_units(['He said: "We will win.', "Work starts in May."])[0].problem


def test_an_apostrophe_first_goes_on_from_the_sentence_before():
    assert starts_lowercase("'s thunder in the final of the 200m.")
    assert not starts_lowercase("'We will win,' he said.")


@pytest.mark.parametrize("length", ["1", "2", "3"])
def test_a_sentence_said_to_need_another_needs_one_not_shown(parse_text, length):
    parse = parse_text(BARRIER)
    shown = {s.sentence for s in summarize(BARRIER, parse, DEFAULT_ALGORITHM, length)}
    for d in dropped_sentences(BARRIER, parse, DEFAULT_ALGORITHM, length):
        if d.reason.startswith("needs sentence "):
            assert int(d.reason.split()[2]) not in shown
