"""Named registries for pluggable parts (recognizers, checkers) on ``catalogue``, after spaCy's.

A part registers itself with a decorator in its own module (``@register_recognizer("percent")``);
no central list, no subclass scans. A part from another package is declared as an entry point
in that package's metadata, group ``analyzer_<kind>s``::

    [project.entry-points.analyzer_recognizers]
    isin = "mypkg.recognizers:IsinRecognizer"

so it exists in every process that looks the registry up — spawned pool workers and Dask
workers included — not only in the process that happened to import the user's module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar, cast

import catalogue

from analyzer.errors import ConfigError

T = TypeVar("T")

NAMESPACE = "analyzer"


class Registry(Generic[T]):
    """A name → object table that refuses silent overwrites, backed by a ``catalogue`` registry.

    ``kind`` names what it holds ("recognizer"); entry points are read from the group
    ``analyzer_<kind>s`` and loaded only when first looked up.
    """

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._catalogue = catalogue.Registry((NAMESPACE, f"{kind}s"), entry_points=True)
        self.entry_point_group = self._catalogue.entry_point_namespace
        # this process's registrations, mirrored into catalogue; a dict for the hot look-ups
        self._items: dict[str, Any] = {}
        self._entry_points: tuple[str, ...] | None = None

    def _registered(self) -> dict[str, Any]:
        return self._items

    def _entry_point_names(self) -> tuple[str, ...]:
        # catalogue reads the installed packages' entry points once, when it is imported
        if self._entry_points is None:
            self._entry_points = tuple(ep.name for ep in self._catalogue._get_entry_points())
        return self._entry_points

    def register(self, name: str) -> Callable[[T], T]:
        """Decorator: register the decorated object under ``name``."""

        def add(obj: T) -> T:
            current = self._registered().get(name)
            if current is not None and current is not obj:
                raise ValueError(f"{self.kind} {name!r} is already registered")
            self._items[name] = obj
            self._catalogue.register(name, func=obj)
            return obj

        return add

    def get(self, name: str) -> T:
        """The object registered under ``name``; an entry point of that name is loaded on first use."""
        try:
            return cast(T, self._items[name])
        except KeyError:
            pass
        if name in self._entry_point_names():
            try:
                obj = self._catalogue.get_entry_point(name)
            except Exception as exc:  # a plug-in's import may fail in any way; report it as one coded line
                raise ConfigError(
                    f"{self.kind} {name!r} from entry point group {self.entry_point_group!r} failed to load: {exc}",
                    code="E907",
                ) from exc
            return self.register(name)(obj)
        known = ", ".join(self.names())
        raise KeyError(f"no {self.kind} named {name!r}; known: {known}") from None

    def names(self) -> list[str]:
        """Every name: registered here, or declared by an installed package's entry point."""
        return sorted(set(self._registered()) | set(self._entry_point_names()))

    def items(self) -> Iterator[tuple[str, T]]:
        for name in self.names():
            yield name, self.get(name)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and (name in self._registered() or name in self._entry_point_names())

    def __len__(self) -> int:
        return len(self.names())
