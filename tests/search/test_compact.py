"""The compact index format (plugins/search/compact.py) and the worker's reading of it."""

from __future__ import annotations

import json
from functools import partial

import pytest
from pymdownx.slugs import slugify

from plugins.search import compact, index

from .conftest import run_node

pytestmark = pytest.mark.unit

# The site's toc slugify (mkdocs.yml: pymdownx.slugs.slugify, case: lower).
toc_anchor = partial(slugify(case="lower"), sep="-")

DERIVED_ANCHORS = [
    ("VPC 기초", "vpc-기초"),
    ("IP 주소 범위: CIDR 블록", "ip-주소-범위-cidr-블록"),
    ("<code>S3</code> 버킷과 <sup>2</sup>", "s3-버킷과-2"),
    ("Read replicas (RDS) · Aurora", "read-replicas-rds--aurora"),
    ("  Lambda → SQS  ", "lambda--sqs"),
    ("snake_case-name 「따옴표」", "snake_case-name-따옴표"),
    ("A &amp; B", "a-amp-b"),  # Material's title keeps the entity; the toc's anchor does not
]
# Letters and spaces where Python and JavaScript may disagree: written out instead.
WRITTEN_ANCHORS = ["Café", "x²", "tab\there", "no\u00a0break", "\ufeffbom"]


@pytest.mark.parametrize(("title", "anchor"), DERIVED_ANCHORS)
def test_heading_anchor_is_the_tocs_slug(title, anchor):
    assert compact.heading_anchor(title) == anchor
    assert toc_anchor(title) == anchor


@pytest.mark.parametrize("title", WRITTEN_ANCHORS)
def test_heading_anchor_gives_up_on_other_scripts_and_spaces(title):
    assert compact.heading_anchor(title) is None


def test_the_worker_derives_the_same_anchors():
    titles = [title for title, _ in DERIVED_ANCHORS]
    [anchors] = run_node([["headingAnchors", titles]])
    assert anchors == [anchor for _, anchor in DERIVED_ANCHORS]


@pytest.mark.parametrize(
    ("html", "collapsed"),
    [
        ("<p>a   b\n c</p>", "<p>a b c</p>"),
        ("<ul> <li>a</li>\n\n<li>b</li> </ul>", "<ul> <li>a</li> <li>b</li> </ul>"),
        ("a\tb", "a b"),
        # code is shown with its spaces (white-space: pre-wrap), so it keeps them
        (
            "<pre><code>a  b\n  c\n</code></pre>  <p>x  y</p>",
            "<pre><code>a  b\n  c\n</code></pre> <p>x y</p>",
        ),
        ("<p><code>a  b</code>  c</p>", "<p><code>a  b</code> c</p>"),
        ("a\u00a0\u00a0b", "a\u00a0\u00a0b"),  # a no-break space is not HTML whitespace
    ],
)
def test_collapse_space_keeps_what_a_browser_shows(html, collapsed):
    assert compact.collapse_space(html) == collapsed


STRINGS = [
    "<p>인스턴스를 시작합니다. 인스턴스는 가상 서버입니다.</p> <p>인스턴스 유형</p>",
    "<ul> <li>μs 단위 지연</li> <li>ā와 x\u0301</li> </ul>",  # characters in the code range
    "인스턴스 스토어",
    "",
]


def test_text_code_reads_back_every_string():
    code = compact.TextCode.learn(STRINGS)
    for text in STRINGS:
        coded = code.encode(text)
        assert compact.decode(coded, code.table) == text
        assert len(coded.encode()) <= len(text.encode())
    # no code is a character the text already uses, nor a combining mark
    used = set("".join(STRINGS))
    assert not used & set(code.code.values())
    assert not any(0x300 <= ord(ch) < 0x370 for ch in code.code.values())


def test_frequent_syllables_and_markup_get_codes_of_their_own():
    strings = ["<p>인스턴스</p> <p>a</p>"] * compact.MIN_MARKUP_COUNT
    table = set(compact.TextCode.learn(strings).table)
    assert {"인스턴스", "<p>", "</p> <p>", "</p>"} <= table
    assert not {"인", "스", "턴"} & table  # syllables merged away entirely take no code


def test_the_worker_decodes_as_written():
    code = compact.TextCode.learn(STRINGS)
    docs = [{"location": f"p{i}/", "title": "", "text": text} for i, text in enumerate(STRINGS)]
    packed = {"config": {"korean": {"codes": code.table, "segments": "", "concepts": []}}}
    packed["docs"] = compact.pack_docs(docs, code)
    [read] = run_node([["readIndex", packed]])
    assert [doc["text"] for doc in read["docs"]] == STRINGS


@pytest.mark.parametrize(
    ("runs", "room", "tokens"),
    [
        # the most frequent pair first, then what it makes frequent
        ({"인스턴스": 5, "인스": 1}, 100, {"인스턴스": ["인스턴스"], "인스": ["인스"]}),
        # no room beyond the syllables themselves
        (
            {"인스턴스": 5, "인스": 1},
            3,
            {"인스턴스": ["인", "스", "턴", "스"], "인스": ["인", "스"]},
        ),
        # a pair seen fewer than MIN_PAIR_COUNT times is not worth a token
        ({"가나": 2, "다": 9}, 100, {"가나": ["가", "나"], "다": ["다"]}),
        # room for one more token: of two pairs as frequent, the first in code point order
        (
            {"가나": 3, "다라": 3, "가": 1, "나": 1, "다": 1, "라": 1},
            5,
            {
                "가나": ["가나"],
                "다라": ["다", "라"],
                "가": ["가"],
                "나": ["나"],
                "다": ["다"],
                "라": ["라"],
            },
        ),
    ],
)
def test_byte_pairs(runs, room, tokens):
    found, frequency = compact._byte_pairs(runs, room)
    assert found == tokens
    used = {token for parts in found.values() for token in parts}
    assert set(frequency) == used  # tokens merged away entirely leave the table


@pytest.mark.parametrize(
    ("segments", "packed"),
    [
        ({}, ""),
        (
            {"가용영역은": [4, 0, 2, 2, 2], "게이트웨이": [5], "가용영역": [4, 0, 2, 2, 2]},
            "0가용영역4,0,2,2,2 4은4,0,2,2,2 0게이트웨이5",
        ),
        ({"를": [0], "를은": [0, 1, 1]}, "0를0 1은0,1,1"),
    ],
)
def test_segments_are_written_after_their_shared_prefix(segments, packed):
    assert compact.pack_segments(segments) == packed
    assert compact.expand_segments(packed) == segments


@pytest.mark.parametrize("run", ["S3", "가 나", "", "가,나"])
def test_segments_take_hangul_runs_only(run):
    with pytest.raises(ValueError, match="is not a Hangul run"):
        compact.pack_segments({run: [1]})


# Documents as Material (and index.add_context) give them, with every case the rules miss.
DOCS = [
    {"location": "vpc/", "title": "VPC 기초", "text": "<p>a  b</p>"},
    {"location": "vpc/#서브넷", "title": "서브넷", "text": "", "context": "VPC 기초"},
    {
        "location": "vpc/#예약-주소",
        "title": "예약 주소",
        "text": "",
        "context": "VPC 기초 · 서브넷",
    },
    # a second heading of the same title: the toc adds _1
    {"location": "vpc/#서브넷_1", "title": "서브넷", "text": "", "context": "VPC 기초"},
    # an entity in the title, not in the anchor
    {"location": "vpc/#a-b", "title": "A &amp; B", "text": "", "context": "VPC 기초"},
    # headings above that are not the sections before
    {"location": "vpc/#x", "title": "X", "text": "", "context": "Other · Thing"},
    # no headings above known
    {"location": "vpc/#y", "title": "Y", "text": "<p>y</p>"},
    # Material's other fields
    {"location": "s3/", "title": "S3", "text": "", "boost": 0.5},
    # a page without a document of its own
    {"location": "ec2/#types", "title": "Types", "text": "", "context": "EC2"},
    {"location": "ec2/#spot", "title": "Spot", "text": "", "context": "EC2 · Types"},
]


def test_documents_read_back_as_material_wrote_them():
    code = compact.TextCode.learn(doc[field] for doc in DOCS for field in ("title", "text"))
    packed = json.loads(json.dumps(compact.pack_docs(DOCS, code), ensure_ascii=False))
    expected = [{**doc, "text": compact.collapse_space(doc["text"])} for doc in DOCS]
    assert compact.expand_docs(packed, code.table) == expected
    # what follows the rules is left out; the rest is written by document number
    assert packed["outline"] == "012112-012"
    assert packed["pages"] == ["vpc/", "s3/"]
    assert set(packed["locations"]) == {"3", "4", "8"}
    assert set(packed["contexts"]) == {"5", "8", "9"}
    assert packed["fields"] == {"7": {"boost": 0.5}}


def test_the_worker_reads_the_documents_and_tables_as_python_does(small_index):
    written = index.build_index(
        DOCS, "ko", {"가용영역": [4, 0, 2, 2, 2]}, [["AWS Lambda", "람다"]], 8
    )
    for data in (json.loads(index.dump_index(written)), small_index):
        docs, korean = index.read_index(data)
        [read] = run_node([["readIndex", data]])
        assert read["docs"] == docs
        assert read["korean"] == {**korean, "codes": data["config"]["korean"]["codes"]}
