"""The notes' Markdown parser gives markdown-it-py's own tokens, however it gets them.

``examgen.notes.tokens`` tries block rules by a line's first character and parses inline
content on demand; these tests compare its tokens with those of markdown-it-py configured
the same way without those shortcuts, on the sample notes, on Markdown of every construct
and on generated documents mixing them.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it.rules_block import StateBlock
from markdown_it.rules_block.list import list_block
from markdown_it.token import Token

from examgen.notes.block_token import TOKEN_FIELDS
from examgen.notes.list_tokens import list_rule
from examgen.notes.tokens import (
    _NotesState,
    absent_rules,
    commonmark_parser,
    inline_children,
    markdown_parser,
    parse_markdown,
)

SAMPLE = Path(__file__).resolve().parent.parent / "sources"

CONSTRUCTS = [
    "# Title\n\nText under it.\n",
    "Setext heading\n===\n\nAnother\n---\n",
    "A paragraph\nthat goes on\n---\n",
    "two lines\nof text\n  ===  \n\nblank first\n\n---\n\nindented\n    ---\n",
    "- item\n  ---\n- item\n---\n> quoted\n> ===\n",
    "- - -x\n* * * *\n-- -- --\n_ _\n",
    "- a\n- b\n  - c\n    - d\n- e\n",
    "- loose\n\n- list\n- a\n  \n  b\n- c\n\n\n- after two empty lines\n",
    "".join(f"{'  ' * depth}- level {depth}\n" for depth in range(110)) + "after\n",
    "* star\n+ plus\n- dash\n",
    "1. one\n2. two\n10) ten\n",
    "Para\n2. not a list after a paragraph\n1. but this is\n",
    "***\n- - -\n___\n* * *\n",
    "- item\n\n  second paragraph\n\n      indented code in an item\n",
    "    code block\n    more\n\ntext\n",
    "```python\ncode\n```\n\n~~~\ntilde\n~~~\n",
    "> quote\n> - list in it\n> ---\n\n> lazy\ncontinuation\n",
    "<details>\n<summary>S</summary>\n\nbody\n</details>\n\n<!-- examgen: skip -->\n",
    "[ref]: http://example.com 'T'\n\nA [link][ref] and [ref].\n",
    "| a | b |\n|---|:-:|\n| 1 | 2 |\n| **x** | `y` |\n",
    "a | b\n-- | --\nc | d\n",
    "Text with *em*, **strong**, `code`, \\*escaped\\*, &amp; &copy; and <span>html</span>.\n",
    '![image](图.png "t") and <https://example.com> and [text](url)\n',
    "Math $x^2$ and $$\\frac{a}{b}$$ and \\(y\\) and a price $5.\n",
    "line with two spaces  \nhard break\\\nand backslash\n",
    "\t- tab indented\n \t* mixed\n\n\t\tcode?\n",
    "#not a heading\n#\n# \n####### seven\n",
    "- \n  empty first line\n-\n\n1.\n",
    "term\n: not a definition list\n\n= underline only\n",
    "- a\n - b\n  - c\n   - d\n    - e\n     - f\n",
    "> > nested quote\n> > - item\n>\n> back\n",
    "<div>\nblock html\n</div>\n\n<custom-tag>\n",
    "中文段落：冒号，逗号。\n- 列表（括号）\n  1. 第一\n",
    "- a\n\t- b\n\t  more\n  1.  x\n      y\n  2.\ty\n>  - q\n>    r\n",
]


def _text_joined(children: list[Token]) -> list[tuple]:
    """Inline tokens as markdown-it's `text_join` leaves them: escapes and entities are text,
    adjacent texts one token."""
    joined: list[tuple] = []
    for child in children:
        if child.type in ("text", "text_special"):
            if joined and joined[-1][0] == "text":
                joined[-1] = ("text", joined[-1][1] + child.content)
            else:
                joined.append(("text", child.content))
            continue
        attrs = tuple(sorted(child.attrs.items()))
        joined.append((child.type, child.content, attrs, child.markup, child.tag, child.nesting))
    return joined


def _ours(text: str) -> list[tuple]:
    tokens, env = parse_markdown(text)
    result = []
    for token in tokens:
        children = None
        if token.type == "inline":
            parsed = inline_children(token, env)
            plain = [("text", token.content)] if token.content else []
            children = plain if parsed is None else _text_joined(parsed)
        result.append((_block(token), children))
    return result


def _reference(text: str) -> list[tuple]:
    tokens = commonmark_parser().parse(text)
    return [
        (_block(token), _text_joined(token.children) if token.type == "inline" else None)
        for token in tokens
    ]


def _block(token: Token) -> tuple:
    return (
        token.type,
        token.tag,
        token.nesting,
        token.map,
        token.level,
        token.content,
        token.markup,
        token.info,
        tuple(sorted(token.attrs.items())),
        token.hidden,
        token.block,
        token.meta,
        isinstance(token.attrs, dict),  # a dict (a block token's empty one is shared)
    )


def test_every_markdown_construct_gives_markdown_it_pys_tokens():
    for text in CONSTRUCTS:
        assert _ours(text) == _reference(text), text


def test_the_sample_notes_give_markdown_it_pys_tokens():
    files = sorted(SAMPLE.glob("*.md"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert _ours(text) == _reference(text), path.name


def test_plain_inline_text_is_one_text_token_without_being_parsed():
    tokens, env = parse_markdown("- 云计算：按需付费的计算资源 {#x} (a) 1+1=2, 100% ~ ok?\n")
    inline = next(token for token in tokens if token.type == "inline")
    assert inline_children(inline, env) is None
    reference = next(t for t in commonmark_parser().parse(inline.content) if t.type == "inline")
    assert [(c.type, c.content) for c in reference.children] == [("text", inline.content)]


INDENTS = ["", " ", "  ", "   ", "    ", "\t", "  \t", "      ", "        "]
STARTS = [
    "", "", "", "- ", "-", "* ", "+ ", "1. ", "2) ", "10. ", "# ", "## ", "> ", ">", "```",
    "~~~", "---", "***", "___", "===", "- - -", "| a | b |", "|---|---|", "--|--", "[r]: /u",
    "<div>", "</div>", "<!-- c -->", "<span>", "Q: ", "A: ",
]  # fmt: skip
PIECES = [
    "text", "云计算", " ", "  ", "\t", "*", "**", "_", "`", "\\", "[", "]", "(", ")", "!", "<",
    ">", "&amp;", "&", "$", "$x$", "|", ":", "-", "=", "#", "1.", "[r]", "http://x", "：",
]  # fmt: skip
lines = st.builds(
    lambda indent, start, pieces: indent + start + "".join(pieces),
    st.sampled_from(INDENTS),
    st.sampled_from(STARTS),
    st.lists(st.sampled_from(PIECES), max_size=6),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(lines, max_size=30).map("\n".join))
def test_generated_markdown_gives_markdown_it_pys_tokens(text):
    assert _ours(text) == _reference(text)


# Documents without a line that could underline a setext heading or be a thematic break,
# and without `|`: parsed by the parser that leaves those rules out.
PLAIN_STARTS = [s for s in STARTS if not set(s) & set("-=_|")] + ["- ", "- ", "1. "]
PLAIN_PIECES = [p for p in PIECES if not set(p) & set("-=_|*")]
plain_lines = st.builds(
    lambda indent, start, pieces: indent + start + "".join(pieces),
    st.sampled_from(INDENTS),
    st.sampled_from(PLAIN_STARTS),
    st.lists(st.sampled_from(PLAIN_PIECES), max_size=6),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(plain_lines, max_size=30).map("\n".join))
def test_generated_markdown_without_rules_or_tables_gives_markdown_it_pys_tokens(text):
    assert _ours(text) == _reference(text)


def test_text_without_underlines_rules_or_pipes_gives_markdown_it_pys_tokens():
    text = (
        "Para\n- item\ntext\n\n1. one\nlazy\n> q\nlazy\n\n- a\n  b\n\n  c\n      d\n"
        "# h\nafter\n\n> - x\n>   y\n>\n> z\n\n    code\n    ---\n"
    )
    assert _ours(text) == _reference(text)


def test_a_possible_underline_rule_or_table_anywhere_keeps_the_rule():
    for text, absent in (
        ("a\n> > ---\n", {"table"}),  # an underline (and a break) inside a quote
        ("- a\n  ===\n", {"hr", "table"}),  # an underline inside an item
        ("- ***\n", {"lheading", "table"}),  # a break after a list marker
        ("x\n* * *\n", {"lheading", "table"}),
        ("a | b\n", {"lheading", "hr"}),
        ("a\r---\r", set()),  # `\r` ends a line for markdown-it
        ("- a\n- b\n", {"lheading", "hr", "table"}),
    ):
        assert _ours(text) == _reference(text), text
        assert absent_rules(text) == absent, text


def test_a_block_token_is_the_one_markdown_its_own_state_makes():
    # The installed markdown-it has the fields the direct push sets (else it is not used).
    assert tuple(field.name for field in dataclasses.fields(Token)) == TOKEN_FIELDS
    parser = commonmark_parser()
    ours, theirs = _NotesState("x\n", parser, {}, []), StateBlock("x\n", parser, {}, [])
    for state in (ours, theirs):
        for args in (
            ("bullet_list_open", "ul", 1),
            ("inline", "", 0),
            ("bullet_list_close", "ul", -1),
        ):
            state.push(*args)
    assert ours.tokens == theirs.tokens
    assert [token.level for token in ours.tokens] == [0, 1, 0]
    assert ours.level == theirs.level == 0


def _marks(state: StateBlock) -> tuple:
    return (state.bMarks, state.eMarks, state.tShift, state.sCount, state.bsCount, state.lineMax)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(lines, max_size=12).map("\n".join), st.sampled_from(["", "\n", "  ", "\t\n"]))
def test_the_block_state_finds_the_line_marks_markdown_its_own_state_finds(text, end):
    parser = commonmark_parser()
    ours, theirs = _NotesState(text + end, parser, {}, []), StateBlock(text + end, parser, {}, [])
    assert _marks(ours) == _marks(theirs)
    assert vars(ours) == vars(theirs)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(lines, min_size=1, max_size=8).map("\n".join),
    st.sampled_from(["paragraph", "list", "blockquote", "root"]),
    st.sampled_from([0, 2, 3, 4, 6]),
    st.sampled_from([-1, 0, 2]),
)
def test_asked_whether_an_item_starts_the_list_rule_answers_as_markdown_its(
    text, parent, block_indent, list_indent
):
    state = _NotesState(text, commonmark_parser(), {}, [])
    state.parentType, state.blkIndent, state.listIndent = parent, block_indent, list_indent
    for line in range(state.lineMax):
        assert list_rule(state, line, state.lineMax, True) == list_block(
            state, line, state.lineMax, True
        ), (text.split("\n")[line], parent, block_indent, list_indent)


def test_the_parsers_options_answer_get_from_their_own_dict():
    options = markdown_parser().options
    assert options.get == options._options.get  # the dict's own, not the mapping's
    assert [options.get(key) for key in ("tasklists", "maxNesting", "html")] == [
        options["tasklists"],
        options["maxNesting"],
        options["html"],
    ]
    assert options.get("no such option", "default") == "default"


LIST_SHAPES = [
    "- tight\n- list\n",
    "- loose\n\n- list\n\n- end\n",
    "- a\n  - nested\n    - deeper\n  - back\n- top\n",
    "3. three\n4. four\n\n7) seven\n8) eight\n",
    "1. one\n- bullet after ordered\n2. two\n",
    "- item with\nlazy continuation\n- next\n",
    "Paragraph\n- interrupts it\n\nParagraph\n1. interrupts it\n\nParagraph\n5. does not\n",
    "Paragraph\n-\n- \n",
    "- 中文条目：定义\n  - 子项（括号）\n1. 第一步\n2. 第二步\n",
    "-\tafter a tab\n\t-\ttabbed\n  \t- mixed\n1.\ttab\n",
    "- a\n\n  more of a\n\n      code in a\n- b\n-     code after marker\n",
    "-\n\n  not in the empty item\n- \n  in it\n",
    "- a\n* b\n+ c\n- d\n",
    "123456789. nine digits\n1234567890. ten digits\n",
    "- > quote in item\n  > more\n- ```\n  code\n  ```\n- # heading\n",
    "> - in a quote\n>   - nested\n> 2. ordered\n",
    "1. a\n1. b\n\n\n1. after two empty lines\n",
    "- a\n- b\n\n  c\n- d\n",
    "  - two spaces\n   - three\n    - four\n     - five\n",
]


def test_every_list_shape_gives_markdown_it_pys_tokens():
    for text in LIST_SHAPES:
        assert _ours(text) == _reference(text), text


LIST_INDENTS = ["", "", " ", "  ", "   ", "    ", "\t", " \t", "      "]
LIST_MARKERS = ["- ", "- ", "* ", "+ ", "-", "-\t", "1. ", "2. ", "1) ", "10. ", "0. ", "", ""]
LIST_TEXTS = ["item", "云计算：资源", "", "  ", "a\tb", "> q", "# h", "``` c", "1. x", "- y"]
list_lines = st.builds(
    lambda indent, marker, text: indent + marker + text,
    st.sampled_from(LIST_INDENTS),
    st.sampled_from(LIST_MARKERS),
    st.sampled_from(LIST_TEXTS),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(list_lines, max_size=25).map("\n".join))
def test_generated_lists_give_markdown_it_pys_tokens(text):
    assert _ours(text) == _reference(text)
