"""The token view reads the stored parse the way spaCy's Token and Span do."""

from __future__ import annotations

from briefing.analysis.rules import first_verdict
from briefing.analysis.tokens import Doc


def test_a_number_s_head_is_the_noun_it_counts(parse_text):
    text = "Russia fired 32 missiles at Kyiv."
    doc = Doc(text, parse_text(text))
    number = next(t for t in doc if t.text == "32")
    assert number.dep == "nummod"
    assert number.head.text == "missiles"
    assert [c.text for c in number.head.children] == ["32"]
    assert number.head.head.lemma == "fire"
    assert number.nbor(-1).text == "fired" and doc[0].nbor(-1) is None


def test_no_word_hangs_on_a_word_past_a_line_break(parse_text):
    # the small model hangs "£35m." on "statements" in the next paragraph
    text = "He would take any fee over £35m.\n\nParry's statements are clever."
    doc = Doc(text, parse_text(text))
    lines = {t.i: text.count("\n", 0, t.idx) for t in doc}
    assert all(lines[t.head.i] == lines[t.i] for t in doc)
    assert all(lines[c.i] == lines[t.i] for t in doc for c in t.children)


def test_subtree_and_edges_cover_a_phrase_in_text_order(parse_text):
    text = "The bank lent $50 billion in loans backed by frozen assets."
    doc = Doc(text, parse_text(text))
    loans = next(t for t in doc if t.text == "loans")
    words = [t.text for t in loans.subtree]
    assert words[0] == "loans" and words[-1] == "assets"
    assert loans.left_edge.text == "loans" and loans.right_edge.text == "assets"


def test_spans_give_text_root_and_label(parse_text):
    text = "President Joe Biden spoke in Paris on Monday."
    doc = Doc(text, parse_text(text))
    person = next(e for e in doc.ents if e.label == "PERSON")
    assert person.text == "Joe Biden"
    assert person.root.text == "Biden"
    assert text[person.start_char : person.end_char] == person.text
    assert len(doc.sents) == 1 and doc.sents[0].text == text


def test_the_first_rule_that_applies_decides():
    rules = (lambda n: None, lambda n: "even" if n % 2 == 0 else None, lambda n: "any")
    assert first_verdict(rules, 4) == "even"
    assert first_verdict(rules, 3) == "any"
    assert first_verdict(rules[:2], 3) is None


def test_the_lexicon_names_each_list_once():
    """Two rule families sharing one module must not overwrite each other's lists."""
    import ast
    from pathlib import Path

    import briefing.analysis.lexicon as lexicon

    tree = ast.parse(Path(lexicon.__file__).read_text(encoding="utf-8"))
    names = [t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets
             if isinstance(t, ast.Name)]  # fmt: skip
    assert sorted(n for n in set(names) if names.count(n) > 1) == []


def test_no_analysis_module_binds_a_top_level_name_twice():
    """A second word list or rule under a name already taken silently replaces the first
    for every rule that reads it (a role's agent-noun endings were once lost so)."""
    import ast
    from pathlib import Path

    import briefing.analysis as analysis

    doubled = {}
    for path in sorted(Path(analysis.__file__).parent.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names: list[str] = []
        for node in tree.body:
            if isinstance(node, ast.Assign):
                names += [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names.append(node.target.id)
            elif isinstance(node, ast.FunctionDef | ast.ClassDef):
                names.append(node.name)
        twice = sorted(n for n in set(names) if names.count(n) > 1)
        if twice:
            doubled[path.name] = twice
    assert doubled == {}
