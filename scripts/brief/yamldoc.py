"""YAML in and out: parsing that remembers where each value stood, and one deterministic dumper."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import yaml

from .errors import BriefError

Path_ = tuple  # a key path such as ("actors", 3, "aliases")


if TYPE_CHECKING:
    from yaml import SafeDumper as _BaseDumper
    from yaml import SafeLoader as _Base
else:  # libyaml's parser and emitter when PyYAML was built with it
    _Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    _BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Loader(_Base):
    """Safe loading with every value as a plain string where YAML would guess a date.

    Dates stay text so that "2022-03" and "2022-03-01" keep the precision the author wrote.
    A key given twice, and anchors with aliases (``&x`` … ``*x``: a few lines of them expand to
    gigabytes), are refused: neither has a use in a source, a taxonomy or a review file.
    """

    def construct_document(self, node: yaml.Node) -> Any:
        _refuse_aliases(node)
        return super().construct_document(node)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"the key '{key_node.value}' is given twice", key_node.start_mark
                    )
                seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)


def _refuse_aliases(root: yaml.Node) -> None:
    """An alias makes the composed graph share a node: find any node reached twice (linear in nodes)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                "YAML anchors and aliases (&name … *name) are not allowed; write the value out",
                node.start_mark,
            )
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack.extend(n for pair in node.value for n in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


# drop the implicit timestamp resolver: 2022-02-24 stays the string the author wrote
_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.copy().items()
}


class Lines(dict):
    """The line of each key path, worked out only when a message needs one (composing is slow)."""

    def __init__(self, text: str, first_line: int):
        super().__init__()
        self._text, self._first, self._done = text, first_line, False

    def _fill(self) -> None:
        if not self._done:
            self._done = True
            node = yaml.compose(self._text, Loader=_Loader)
            if node is not None:
                _record(node, (), self, self._first)

    def __contains__(self, key: object) -> bool:
        self._fill()
        return super().__contains__(key)

    def get(self, key, default=None):
        self._fill()
        return super().get(key, default)

    def __getitem__(self, key):
        self._fill()
        return super().__getitem__(key)


def parse(text: str, file: str, first_line: int = 1) -> tuple[Any, dict[Path_, int]]:
    """Parse one YAML document; return the data and (lazily) the line of each key path."""
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc)
        # where the parser gave up, except at the end of the text: then where the unclosed
        # construct began ("while scanning a quoted scalar") is what the author must fix
        mark = getattr(exc, "problem_mark", None)
        if mark is None or ("end of stream" in problem and getattr(exc, "context_mark", None)):
            mark = getattr(exc, "context_mark", None) or mark
        line = mark.line + first_line if mark else None
        context = getattr(exc, "context", None)
        raise BriefError(f"invalid YAML: {context + ': ' if context else ''}{problem}", file, line) from None
    return data, Lines(text, first_line)


def _record(node: yaml.Node, path: Path_, lines: dict[Path_, int], first: int) -> None:
    lines[path] = node.start_mark.line + first
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                lines[path + (key.value,)] = key.start_mark.line + first
                _record(value, path + (key.value,), lines, first)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _record(item, path + (i,), lines, first)


def line_of(lines: dict[Path_, int], path: Path_) -> int | None:
    """The line of a key path, or of its nearest recorded parent."""
    while path not in lines and path:
        path = path[:-1]
    return lines.get(path)


def _int(loader: _Loader, node: yaml.ScalarNode) -> int:
    # a number of thousands of digits is no value of ours, and Python refuses to convert it
    if len(node.value) > 40:
        raise yaml.constructor.ConstructorError(None, None, "a number with more than 40 digits", node.start_mark)
    return yaml.SafeLoader.construct_yaml_int(loader, node)


_Loader.add_constructor("tag:yaml.org,2002:int", _int)


class _Dumper(_BaseDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    # Multi-line strings as literal blocks read better; everything else as PyYAML decides,
    # which quotes whatever would otherwise change meaning (": ", "#", "---", leading "*").
    style = "|" if "\n" in value and value.strip() == value.rstrip("\n") else None
    # characters YAML reads as line breaks (NEL, LS, PS) or that are not printable only survive
    # a round trip inside double quotes, where they are written as escapes
    if any(c in value for c in "\x85\u2028\u2029\ufeff") or not value.replace("\n", "").isprintable():
        style = '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)
Dumper = _Dumper


def dump(data: Any) -> str:
    """Deterministic YAML: keys in the order given, Unicode kept, wide lines."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def load(text: str) -> Any:
    """Read back what ``dump`` wrote (dates as strings, as on the way in)."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
