"""Read and write mkdocs.yml as plain data, keeping its `!ENV` and `!!python/...` tags
opaque, so tools can derive variant configs (benchmarks, fixture builds) without MkDocs."""

from __future__ import annotations

from pathlib import Path

import yaml


class Tagged:
    """A tagged YAML value passed through untouched."""

    def __init__(self, tag: str, value):
        self.tag, self.value = tag, value


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


def _construct(loader, tag, node):
    if isinstance(node, yaml.SequenceNode):
        return Tagged(tag, loader.construct_sequence(node, deep=True))
    if isinstance(node, yaml.MappingNode):
        return Tagged(tag, loader.construct_mapping(node, deep=True))
    return Tagged(tag, loader.construct_scalar(node))


def _represent(dumper, data: Tagged):
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    return dumper.represent_scalar(data.tag, data.value)


_Loader.add_multi_constructor(
    "!", lambda loader, suffix, node: _construct(loader, "!" + suffix, node)
)
_PYTHON = "tag:yaml.org,2002:python/"
_Loader.add_multi_constructor(
    _PYTHON, lambda loader, suffix, node: _construct(loader, _PYTHON + suffix, node)
)
_Dumper.add_representer(Tagged, _represent)


def load(path: Path) -> dict:
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_Loader)


def dump(config: dict, path: Path) -> Path:
    Path(path).write_text(
        yaml.dump(config, allow_unicode=True, sort_keys=False, Dumper=_Dumper), encoding="utf-8"
    )
    return Path(path)


def plugin_name(entry) -> str:
    return next(iter(entry)) if isinstance(entry, dict) else entry


def plugin_options(config: dict, name: str) -> dict | None:
    """Plugin `name`'s options: None when it is not configured, {} when listed bare."""
    for entry in config.get("plugins", []):
        if plugin_name(entry) == name:
            return dict(entry[name] or {}) if isinstance(entry, dict) else {}
    return None


def without_plugins(config: dict, names: set[str]) -> dict:
    derived = dict(config)
    derived["plugins"] = [p for p in config.get("plugins", []) if plugin_name(p) not in names]
    return derived


def with_plugin_options(config: dict, name: str, options: dict) -> dict:
    """The config with options merged into plugin `name` (a bare name becomes a mapping)."""
    derived = dict(config)
    plugins = []
    for entry in config.get("plugins", []):
        if plugin_name(entry) == name:
            current = entry[name] if isinstance(entry, dict) else None
            entry = {name: {**(current or {}), **options}}
        plugins.append(entry)
    derived["plugins"] = plugins
    return derived
