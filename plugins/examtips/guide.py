"""The exam guide as data: ``exam-guide/saa-c03.yml`` read and checked. Pure code, no MkDocs.

The file holds the SAA-C03 exam guide's structure in both languages: its domains with their
weights, their task statements with a summary in our words and the sections of this site
that teach them, the in-scope services by category with their glossary entry, coverage and
availability, and the out-of-scope list. AUTHORING.md describes it.

Every problem names the file and line, read from the YAML node tree (the composed nodes
carry their marks; constructed Python objects do not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import yaml

LANGUAGES = ("ko", "en")
DOMAIN_IDS = ("secure", "resilient", "performance", "cost")
COVERAGE = ("covered", "pending")
AVAILABILITY = ("available", "closed", "retired")
# The repository's guide; the exam-tips plugin and its checks read this one.
GUIDE_FILE = Path(__file__).resolve().parents[2] / "exam-guide" / "saa-c03.yml"

_TASK_ID = re.compile(r"^(\d+)\.(\d+)$")
_PAGE = re.compile(r"^[a-z0-9][a-z0-9/-]*[a-z0-9]$")

try:  # libyaml's composer is faster and gives the same marks.
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml is part of the locked requirements
    _Loader = yaml.SafeLoader


class GuideError(Exception):
    """The guide file is broken; ``problems`` are ``file:line: message`` strings."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Section:
    """A section of a page that teaches something, in both languages: the page's docs
    path without ``index.md`` and the anchor of its heading in each language."""

    page: str
    anchors: dict[str, str]
    line: int = 0

    def anchor(self, lang: str) -> str:
        return self.anchors[lang]


@dataclass(frozen=True)
class Pending:
    """Not taught yet: the "Beyond the notes" issue that will, and the page it names."""

    issue: int | None
    page: str | None
    line: int = 0


@dataclass(frozen=True)
class Task:
    id: str  # "2.1"
    domain: str
    title: dict[str, str]
    summary: dict[str, str]
    sections: tuple[Section, ...]
    pending: Pending | None
    line: int = 0

    @property
    def anchor(self) -> str:
        """Its anchor on the exam-guide page, the same in both languages."""
        return "task-" + self.id.replace(".", "-")


@dataclass(frozen=True)
class Domain:
    id: str
    number: int
    weight: int
    title: dict[str, str]
    tasks: tuple[Task, ...]
    line: int = 0


@dataclass(frozen=True)
class Service:
    name: str
    category: int  # index into Guide.categories
    glossary: str | None
    coverage: str
    sections: tuple[Section, ...]
    pending: Pending | None
    availability: str
    since: str | None
    replacement: dict[str, str] | None
    line: int = 0
    # AWS's appendix lists a few services in two categories (Amazon Redshift under Analytics
    # and Database): the later listing's anchor gets a suffix, so that page ids stay unique.
    repeat: int = 0

    @property
    def key(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")

    @property
    def anchor(self) -> str:
        return f"service-{self.key}" + (f"-{self.repeat + 1}" if self.repeat else "")


@dataclass(frozen=True)
class Category:
    title: dict[str, str]
    services: tuple[Service, ...]


@dataclass
class Guide:
    source: str
    exam: dict
    domains: tuple[Domain, ...]
    categories: tuple[Category, ...]
    out_of_scope: tuple[dict[str, str], ...]
    tasks: dict[str, Task] = field(default_factory=dict)

    def __post_init__(self):
        self.tasks = {task.id: task for domain in self.domains for task in domain.tasks}

    @property
    def services(self) -> list[Service]:
        """Every listing, a service listed in two categories twice."""
        return [service for category in self.categories for service in category.services]

    @property
    def unique_services(self) -> list[Service]:
        return [service for service in self.services if not service.repeat]

    def domain(self, domain_id: str) -> Domain:
        return next(domain for domain in self.domains if domain.id == domain_id)


# ----------------------------------------------------------------------------- reading


class _Reader:
    """Reads the composed node tree, collecting problems with their lines."""

    def __init__(self, label: str):
        self.label = label
        self.problems: list[str] = []

    def fail(self, node, message: str) -> None:
        line = node.start_mark.line + 1 if node is not None else 1
        self.problems.append(f"{self.label}:{line}: {message}")

    @staticmethod
    def line(node) -> int:
        return node.start_mark.line + 1

    def mapping(self, node, keys: set[str], required: set[str], what: str) -> dict:
        """Key → value node; unknown and missing keys are problems."""
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, f"{what} must be a mapping")
            return {}
        found = {}
        for key, value in node.value:
            name = key.value
            if name not in keys:
                known = ", ".join(sorted(keys))
                self.fail(key, f"unknown key '{name}' in {what} (known: {known})")
            elif name in found:
                self.fail(key, f"key '{name}' given twice in {what}")
            else:
                found[name] = value
        for name in sorted(required - found.keys()):
            self.fail(node, f"{what} has no '{name}'")
        return found

    def sequence(self, node, what: str) -> list:
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, f"{what} must be a list")
            return []
        return list(node.value)

    def scalar(self, node, what: str) -> str | None:
        if node is None:
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.fail(node, f"{what} must be a single value")
            return None
        if node.tag == "tag:yaml.org,2002:null" or node.value in ("", "~", "null"):
            return None
        return str(node.value).strip()

    def integer(self, node, what: str) -> int | None:
        value = self.scalar(node, what)
        if value is None or not value.isdigit():
            if node is not None:
                self.fail(node, f"{what} must be a whole number, got {value!r}")
            return None
        return int(value)

    def texts(self, node, what: str) -> dict[str, str]:
        """{ko: …, en: …}, both required and non-empty."""
        fields = self.mapping(node, set(LANGUAGES), set(), what)
        texts = {}
        for lang in LANGUAGES:
            text = self.scalar(fields.get(lang), f"{what} ({lang})")
            if not text:
                if isinstance(node, yaml.MappingNode):
                    self.fail(node, f"{what} has no {lang} text")
                continue
            texts[lang] = " ".join(text.split())
        return texts

    def section(self, node, what: str) -> Section | None:
        fields = self.mapping(node, {"page", *LANGUAGES}, {"page", *LANGUAGES}, what)
        page = self.scalar(fields.get("page"), f"{what} page")
        anchors = {lang: self.scalar(fields.get(lang), f"{what} {lang}") for lang in LANGUAGES}
        if page is not None and not _PAGE.match(page):
            self.fail(
                fields["page"],
                f"{what}: page '{page}' must be a docs folder such as security/iam "
                "(no index.md, no leading or trailing slash)",
            )
            return None
        for lang in LANGUAGES:
            if fields.get(lang) is not None and not anchors[lang]:
                self.fail(fields[lang], f"{what} has an empty {lang} anchor")
        if page is None or not all(anchors.values()):
            return None
        return Section(
            page, {lang: anchors[lang].lstrip("#") for lang in LANGUAGES}, self.line(node)
        )

    def pending(self, node, what: str, require_issue: bool) -> Pending | None:
        if node is None:
            return None
        fields = self.mapping(node, {"issue", "page"}, {"issue", "page"}, what)
        issue_node = fields.get("issue")
        issue = None
        if issue_node is not None and self.scalar(issue_node, f"{what} issue") is not None:
            issue = self.integer(issue_node, f"{what} issue")
        elif require_issue and "issue" in fields:
            self.fail(issue_node, f"{what}: name the issue that will teach it")
        page = self.scalar(fields.get("page"), f"{what} page")
        return Pending(issue, page, self.line(node))


_EXAM_KEYS = {"code", "guide_version", "guide_date", "guide_url", "checked", "title_source"}


def _read_exam(reader: _Reader, node) -> dict:
    fields = reader.mapping(node, _EXAM_KEYS, {"code", "guide_version", "guide_url"}, "exam")
    exam = {
        key: reader.scalar(value, f"exam {key}")
        for key, value in fields.items()
        if key != "guide_url"
    }
    if "guide_url" in fields:
        exam["guide_url"] = reader.texts(fields["guide_url"], "exam guide_url")
    return exam


def _read_task(reader: _Reader, node, domain: str, number: int | None) -> Task | None:
    keys = {"id", "title", "summary", "sections", "pending"}
    fields = reader.mapping(node, keys, {"id", "title", "summary"}, "task")
    task_id = reader.scalar(fields.get("id"), "task id")
    if task_id is None:
        return None
    what = f"task {task_id}"
    match = _TASK_ID.match(task_id)
    if not match:
        reader.fail(fields["id"], f"task id '{task_id}' must look like 2.1 (quote it in YAML)")
        return None
    if number is not None and int(match.group(1)) != number:
        reader.fail(fields["id"], f"task {task_id} is listed under domain {number} ({domain})")
    sections = [
        reader.section(item, f"{what} section")
        for item in reader.sequence(fields.get("sections"), f"{what} sections")
    ]
    return Task(
        id=task_id,
        domain=domain,
        title=reader.texts(fields.get("title"), f"{what} title"),
        summary=reader.texts(fields.get("summary"), f"{what} summary"),
        sections=tuple(section for section in sections if section),
        pending=reader.pending(fields.get("pending"), f"{what} pending", require_issue=True),
        line=reader.line(node),
    )


def _read_domain(reader: _Reader, node) -> Domain | None:
    keys = {"id", "number", "weight", "title", "tasks"}
    fields = reader.mapping(node, keys, keys, "domain")
    domain_id = reader.scalar(fields.get("id"), "domain id")
    if domain_id is None:
        return None
    if domain_id not in DOMAIN_IDS:
        reader.fail(fields["id"], f"domain id '{domain_id}' is not one of {', '.join(DOMAIN_IDS)}")
    number = reader.integer(fields.get("number"), f"domain {domain_id} number")
    weight = reader.integer(fields.get("weight"), f"domain {domain_id} weight")
    tasks = [
        _read_task(reader, item, domain_id, number)
        for item in reader.sequence(fields.get("tasks"), f"domain {domain_id} tasks")
    ]
    if "tasks" in fields and not tasks:
        reader.fail(fields["tasks"], f"domain {domain_id} has no tasks")
    return Domain(
        id=domain_id,
        number=number or 0,
        weight=weight or 0,
        title=reader.texts(fields.get("title"), f"domain {domain_id} title"),
        tasks=tuple(task for task in tasks if task),
        line=reader.line(node),
    )


_SERVICE_KEYS = {
    "name",
    "glossary",
    "coverage",
    "sections",
    "pending",
    "availability",
    "since",
    "replacement",
}


def _read_service(reader: _Reader, node, category: int) -> Service | None:
    fields = reader.mapping(node, _SERVICE_KEYS, {"name", "coverage"}, "service")
    name = reader.scalar(fields.get("name"), "service name")
    if name is None:
        return None
    what = f"service '{name}'"
    coverage = reader.scalar(fields.get("coverage"), f"{what} coverage")
    if coverage is not None and coverage not in COVERAGE:
        reader.fail(
            fields["coverage"], f"{what}: coverage '{coverage}' is not one of {', '.join(COVERAGE)}"
        )
    availability = reader.scalar(fields.get("availability"), f"{what} availability") or "available"
    if availability not in AVAILABILITY:
        reader.fail(
            fields["availability"],
            f"{what}: availability '{availability}' is not one of {', '.join(AVAILABILITY)}",
        )
    sections = [
        reader.section(item, f"{what} section")
        for item in reader.sequence(fields.get("sections"), f"{what} sections")
    ]
    sections = tuple(section for section in sections if section)
    pending = reader.pending(fields.get("pending"), f"{what} pending", require_issue=False)
    since = reader.scalar(fields.get("since"), f"{what} since")
    replacement = (
        reader.texts(fields["replacement"], f"{what} replacement")
        if _scalar_or_mapping(fields.get("replacement"))
        else None
    )
    if coverage == "covered" and not sections:
        reader.fail(node, f"{what} is covered but lists no sections that teach it")
    if coverage == "pending" and pending is None:
        reader.fail(node, f"{what} is pending but has no 'pending' entry (issue, page)")
    if availability in ("closed", "retired") and (not since or not replacement):
        reader.fail(node, f"{what} is {availability}: give 'since' and 'replacement' (ko, en)")
    glossary = reader.scalar(fields.get("glossary"), f"{what} glossary")
    return Service(
        name=name,
        category=category,
        glossary=glossary,
        coverage=coverage or "",
        sections=sections,
        pending=pending,
        availability=availability,
        since=since,
        replacement=replacement,
        line=reader.line(node),
    )


def _scalar_or_mapping(node) -> bool:
    """A value that is there: a mapping, or a scalar other than null."""
    if node is None:
        return False
    if isinstance(node, yaml.ScalarNode):
        return node.tag != "tag:yaml.org,2002:null" and node.value not in ("", "~", "null")
    return True


def _check_unique(reader: _Reader, domains, categories) -> None:
    seen: dict[str, int] = {}
    for domain in domains:
        if domain.id in seen:
            reader.problems.append(
                f"{reader.label}:{domain.line}: domain '{domain.id}' repeats line {seen[domain.id]}"
            )
        seen[domain.id] = domain.line
    numbers: dict[int, int] = {}
    for domain in domains:
        if domain.number in numbers:
            reader.problems.append(
                f"{reader.label}:{domain.line}: domain number {domain.number} "
                f"repeats line {numbers[domain.number]}"
            )
        numbers[domain.number] = domain.line
    tasks: dict[str, int] = {}
    for domain in domains:
        for task in domain.tasks:
            if task.id in tasks:
                reader.problems.append(
                    f"{reader.label}:{task.line}: task {task.id} repeats line {tasks[task.id]}"
                )
            tasks[task.id] = task.line
    for category in categories:
        names: dict[str, int] = {}
        for service in category.services:
            if service.key in names:
                reader.problems.append(
                    f"{reader.label}:{service.line}: service '{service.name}' "
                    f"repeats line {names[service.key]} in its category"
                )
            names[service.key] = service.line
    total = sum(domain.weight for domain in domains)
    if domains and total != 100:
        reader.problems.append(
            f"{reader.label}:{domains[0].line}: domain weights add up to {total}, not 100"
        )


def _number_repeats(categories: list[Category]) -> list[Category]:
    """A service listed again in a later category is the same service, numbered as a repeat:
    its anchor differs, its tick box is the same."""
    seen: dict[str, int] = {}
    numbered = []
    for category in categories:
        services = []
        for service in category.services:
            services.append(replace(service, repeat=seen.get(service.key, 0)))
            seen[service.key] = seen.get(service.key, 0) + 1
        numbered.append(Category(category.title, tuple(services)))
    return numbered


def read_guide(text: str, label: str) -> Guide:
    """The guide in ``text`` (the file named ``label`` in messages); GuideError lists every
    problem found."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise GuideError([f"{label}:{line}: not valid YAML: {error}"]) from None
    reader = _Reader(label)
    keys = {"exam", "domains", "services", "out_of_scope"}
    fields = reader.mapping(root, keys, keys, "the guide") if root is not None else {}
    if root is None:
        raise GuideError([f"{label}:1: the guide is empty"])
    exam = _read_exam(reader, fields.get("exam"))
    domains = [
        _read_domain(reader, item) for item in reader.sequence(fields.get("domains"), "domains")
    ]
    domains = tuple(domain for domain in domains if domain)
    categories = []
    for index, item in enumerate(reader.sequence(fields.get("services"), "services")):
        parts = reader.mapping(item, {"category", "items"}, {"category", "items"}, "category")
        title = reader.texts(parts.get("category"), "category")
        services = [
            _read_service(reader, service, index)
            for service in reader.sequence(parts.get("items"), f"category {title.get('en', '')}")
        ]
        categories.append(Category(title, tuple(service for service in services if service)))
    categories = _number_repeats(categories)
    out_of_scope = tuple(
        reader.texts(item, "out-of-scope entry")
        for item in reader.sequence(fields.get("out_of_scope"), "out_of_scope")
    )
    _check_unique(reader, domains, categories)
    if reader.problems:
        raise GuideError(reader.problems)
    return Guide(label, exam, domains, tuple(categories), out_of_scope)


def load_guide(path: Path, base: Path | None = None) -> Guide:
    """Read the guide at ``path``; messages name it relative to ``base`` when inside it."""
    label = path.as_posix()
    if base is not None and path.resolve().is_relative_to(base.resolve()):
        label = path.resolve().relative_to(base.resolve()).as_posix()
    return read_guide(path.read_text(encoding="utf-8"), label)


@lru_cache(maxsize=4)
def repository_guide(path: Path = GUIDE_FILE) -> Guide:
    """The repository's guide, read once per process."""
    return load_guide(path, path.parents[1])
