"""The per-language index document and the worker file."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib.metadata import version

import pytest

from plugins import korean
from plugins.search import index

pytestmark = pytest.mark.unit


@dataclass
class Heading:
    id: str
    title: str
    level: int
    children: list = field(default_factory=list)


def test_rebase_makes_locations_relative_to_the_language_root():
    assert index.rebase("en/storage/s3/#versioning", "en/") == "storage/s3/#versioning"
    assert index.rebase("storage/s3/#버전-관리", "") == "storage/s3/#버전-관리"
    with pytest.raises(index.LocationError, match=r"'storage/s3/' is outside .*'en/'"):
        index.rebase("storage/s3/", "en/")


def test_section_context_lists_the_headings_above():
    toc = [
        Heading(
            "amazon-rds-page",
            "Databases",
            1,
            [
                Heading(
                    "amazon-rds",
                    "Amazon RDS",
                    2,
                    [Heading("read-replicas", "Read replicas", 3)],
                ),
                Heading("amazon-aurora", "Amazon Aurora", 2),
            ],
        )
    ]
    assert index.section_context(toc, "Databases on AWS") == {
        "amazon-rds": "Databases on AWS",
        "read-replicas": "Databases on AWS · Amazon RDS",
        "amazon-aurora": "Databases on AWS",
    }


def test_add_context_sets_it_on_sections_only():
    docs = [{"location": "databases/"}, {"location": "databases/#read-replicas"}]
    index.add_context(docs, {"databases/": {"read-replicas": "Databases · Amazon RDS"}})
    assert docs == [
        {"location": "databases/"},
        {"location": "databases/#read-replicas", "context": "Databases · Amazon RDS"},
    ]


def test_index_keeps_materials_config_and_reads_back_as_materials_docs():
    entries = [
        {"location": "en/vpc/", "title": "VPC", "text": "<p>x</p>"},
        {"location": "en/vpc/#subnets", "title": "Subnets", "text": "<p>y</p>"},
    ]
    docs = index.language_docs(entries, "en/")
    index.add_context(docs, {"vpc/": {"subnets": "VPC"}})
    data = index.build_index(docs, "en", {"가용영역": [4, 0, 2, 2, 2]}, [["ASG", "x"]], 8)
    assert entries[0]["location"] == "en/vpc/"  # Material's entries are not changed
    config = data["config"]
    assert config["lang"] == ["en"]
    assert config["fields"] == {"title": {"boost": 8.0}, "text": {"boost": 1.0}}
    assert re.compile(config["separator"]).split("a b-c") == ["a", "b", "c"]
    assert config["korean"]["format"] == 2
    written = json.loads(index.dump_index(data))
    read_docs, korean_data = index.read_index(written)
    assert read_docs == [
        {"location": "vpc/", "title": "VPC", "text": "<p>x</p>"},
        {"location": "vpc/#subnets", "title": "Subnets", "text": "<p>y</p>", "context": "VPC"},
    ]
    assert korean_data["particles"] == sorted(korean.PARTICLES)  # one particle list, shared
    assert korean_data["segments"] == {"가용영역": [4, 0, 2, 2, 2]}
    assert korean_data["concepts"] == [["ASG", "x"]]


def test_worker_file_is_lunr_then_ours_named_by_content():
    name, body = index.worker_file()
    assert re.fullmatch(r"assets/javascripts/workers/korean-search\.[0-9a-f]{8}\.js", name)
    assert body.startswith(index.LUNR.read_bytes().rstrip())
    assert body.endswith(index.WORKER.read_bytes())
    assert index.worker_file() == (name, body)


def test_the_vendored_lunr_is_the_pinned_release():
    # npm's lunr@2.3.9 (integrity sha512-zTU3DaZaF3Rt9rhN…, 2020); lunr.min.js unchanged.
    import hashlib

    data = index.LUNR.read_bytes()
    assert (
        b"lunr - http://lunrjs.com - A bit like Solr, but much smaller and not as bright - 2.3.9"
        in data
    )
    assert hashlib.sha256(data).hexdigest() == LUNR_SHA256


LUNR_SHA256 = "0c50d9002b85780a842afffb567bb54ede402dae7c6dc5997a018614d8044fc8"


def test_the_worker_is_written_for_the_installed_material():
    # Bump MATERIAL_VERSION only after checking search-worker.js against the new release.
    assert version("mkdocs-material") == index.MATERIAL_VERSION
