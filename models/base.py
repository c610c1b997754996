"""The machinery every model class shares: attribute declarations and the base class.

A model module declares each attribute once, as ``name: type = attribute(key, wire,
meaning)``. From those declarations :class:`ModelMeta` builds the constructor (the
source documentation's argument order, every argument defaulting to ``None``), the
``__slots__``, and the ``Attributes:`` block of the class docstring; the schemas and the
docs read the same declarations. Change this module only to change how every model
behaves.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, ClassVar, Optional

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # pragma: no cover - exercised on Python 3.9 and 3.10 only
    from typing_extensions import dataclass_transform

__all__ = [
    "BOOLEAN",
    "INT32",
    "INT64",
    "STRING",
    "Attribute",
    "EnumOf",
    "ListOf",
    "Model",
    "ModelMeta",
    "ModelOf",
    "Scalar",
    "WireEnum",
    "WireType",
    "attribute",
    "nested_model",
]

_MASK = "'***'"


class WireType:
    """What an attribute holds on the wire; ``label`` is the source pages' label."""

    label: str


@dataclass(frozen=True)
class Scalar(WireType):
    """A JSON scalar: its type label, OpenAPI type and format, and Python type."""

    label: str
    openapi_type: str
    openapi_format: Optional[str]
    python_type: type
    bits: Optional[int] = None

    @property
    def bounds(self) -> tuple[int, int]:
        """The smallest and largest value of a signed integer of ``bits`` bits."""
        assert self.bits is not None, f"{self.label} is not an integer type"
        return -(2 ** (self.bits - 1)), 2 ** (self.bits - 1) - 1


@dataclass(frozen=True)
class ModelOf(WireType):
    """A JSON object loaded into the model class ``model``."""

    model: type[Model]

    @property
    def label(self) -> str:  # type: ignore[override]
        return self.model.__name__


@dataclass(frozen=True)
class EnumOf(WireType):
    """A JSON string restricted to the values of ``enum``."""

    enum: type[WireEnum]

    @property
    def label(self) -> str:  # type: ignore[override]
        return self.enum.__name__


@dataclass(frozen=True)
class ListOf(WireType):
    """A JSON array whose items, never ``null``, are of wire type ``item``."""

    item: WireType

    @property
    def label(self) -> str:  # type: ignore[override]
        return f"list of {self.item.label}"


def nested_model(wire: WireType) -> Optional[type[Model]]:
    """The model a value of wire type ``wire`` loads into, directly or as list items;
    None for scalars and enums."""
    while isinstance(wire, ListOf):
        wire = wire.item
    return wire.model if isinstance(wire, ModelOf) else None


# The wire types of JSON scalars, labelled as the source documentation labels them.
#: A JSON string.
STRING = Scalar("string", "string", None, str)
#: A JSON integer within the range of a signed 64-bit integer.
INT64 = Scalar("long|int", "integer", "int64", int, bits=64)
#: A JSON integer within the range of a signed 32-bit integer.
INT32 = Scalar("int", "integer", "int32", int, bits=32)
#: A JSON ``true`` or ``false``.
BOOLEAN = Scalar("bool", "boolean", None, bool)


@dataclass(frozen=True)
class Attribute:
    """Everything known about one attribute of a model, declared in one place.

    Attributes:
        name (string): Python name of the attribute (``app_instance_id``).
        key (string): JSON key of the attribute in a payload (``appInstanceId``).
        wire (WireType): What the key holds on the wire.
        meaning (string): One sentence for docstrings and the reference docs.
        secret (bool): True when the value must never be shown (tokens, keys).
    """

    key: str
    wire: WireType
    meaning: str
    secret: bool = False
    name: str = ""


def attribute(key: str, wire: WireType, meaning: str, *, secret: bool = False) -> Any:
    """Declares a model attribute; use as the class-level value of an annotation.

    Args:
        key (string): JSON key of the attribute.
        wire (WireType): What the key holds on the wire.
        meaning (string): What the attribute means, in one sentence.
        secret (bool): Mask the value in ``repr``.

    Returns:
        Attribute: The declaration, which :class:`ModelMeta` collects.
    """
    return Attribute(key, wire, meaning, secret)


class WireEnumMeta(enum.EnumMeta):
    """Appends the members, their wire values and meanings to an enum's docstring."""

    def __new__(
        mcls, name: str, bases: tuple[type, ...], namespace: Any, **kw: Any
    ) -> Any:
        cls = super().__new__(mcls, name, bases, namespace, **kw)
        members = list(cls)  # type: ignore[var-annotated]
        if members:
            lines = ["Attributes:"] + [
                f"    {m.name}: ``{m.value}``. {m.meaning}" for m in members
            ]
            summary = inspect.cleandoc(cls.__doc__ or "")
            cls.__doc__ = "\n\n".join([summary, "\n".join(lines)])
        return cls


class WireEnum(str, enum.Enum, metaclass=WireEnumMeta):
    """Base of the enums: each member is its wire string and carries a meaning.

    Members are declared as ``NAME = "wireValue", "meaning"``; a member compares equal
    to its wire string, so ``StateAppInstanceEnum.KRUNNING == "kRunning"``.
    """

    meaning: str

    def __new__(cls, value: str, meaning: str = "") -> WireEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.meaning = meaning
        return member

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def values(cls) -> tuple[str, ...]:
        """The wire strings of the members, in declaration order, aliases left out."""
        return tuple(member.value for member in cls)


def _make_init(names: tuple[str, ...]) -> Any:
    """Builds ``__init__(self, a=None, b=None, ...)`` for the attribute names.

    Only identifiers, checked below, go into the generated source; it is the same
    technique :mod:`dataclasses` uses, and gives a real signature for ``inspect`` and
    autodoc.
    """
    for name in names:
        if not name.isidentifier():
            raise ValueError(f"not an identifier: {name!r}")
    params = "".join(f", {name}=None" for name in names)
    body = "".join(f"\n    self.{name} = {name}" for name in names)
    tail = "\n    self._extra = None\n    self._nulls = None\n"
    source = f"def __init__(self{params}):{body}{tail}"
    namespace: dict[str, Any] = {}
    exec(source, {}, namespace)
    return namespace["__init__"]


def _attributes_block(attributes: Iterable[Attribute]) -> str:
    lines = ["Attributes:"]
    for attr in attributes:
        lines.append(f"    {attr.name} ({attr.wire.label}): {attr.meaning}")
    return "\n".join(lines)


@dataclass_transform(kw_only_default=False)
class ModelMeta(type):
    """Turns a model class's ``attribute()`` declarations into its machinery."""

    def __new__(
        mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any]
    ) -> ModelMeta:
        declared = tuple(
            replace(value, name=attr_name)
            for attr_name, value in namespace.items()
            if isinstance(value, Attribute)
        )
        for attr in declared:
            del namespace[attr.name]
        if bases:
            namespace["__slots__"] = {attr.name: attr.meaning for attr in declared}
        if bases and declared:
            summary = inspect.cleandoc(namespace.get("__doc__") or "")
            namespace["__doc__"] = "\n\n".join(
                [
                    f"Implementation of the '{name}' model.",
                    summary,
                    _attributes_block(declared),
                ]
            )
        cls = super().__new__(mcls, name, bases, namespace)
        if bases:
            cls.__attributes__ = declared  # type: ignore[attr-defined]
            init = _make_init(tuple(attr.name for attr in declared))
            init.__qualname__ = f"{name}.__init__"
            init.__module__ = cls.__module__
            cls.__init__ = init  # type: ignore[misc]
        return cls


class Model(metaclass=ModelMeta):
    """Base of every model: value equality, a masked repr, and the payload helpers.

    A model remembers two things about the payload it was loaded from, so that dumping
    it gives that payload back: which attributes were an explicit ``null``
    (:attr:`model_nulls`) and, in pass-through mode, the keys it did not know
    (:attr:`model_extra`).
    """

    __slots__ = ("_extra", "_nulls")
    __attributes__: ClassVar[tuple[Attribute, ...]] = ()
    __hash__ = None  # type: ignore[assignment]

    _extra: Optional[dict[str, Any]]
    _nulls: Optional[frozenset[str]]

    @property
    def model_extra(self) -> dict[str, Any]:
        """Keys of the payload this model's schema did not know, kept in pass-through
        mode and dumped back beside the attributes; empty otherwise."""
        if self._extra is None:
            self._extra = {}
        return self._extra

    @model_extra.setter
    def model_extra(self, keys: Mapping[str, Any]) -> None:
        self._extra = dict(keys)

    @property
    def model_nulls(self) -> frozenset[str]:
        """Names of the attributes dumped as an explicit ``null`` while they are None.

        Loading sets it from the payload; any other attribute that is None is left
        out of the dump. Assign a set of attribute names to send explicit nulls.
        """
        return self._nulls or frozenset()

    @model_nulls.setter
    def model_nulls(self, names: Iterable[str]) -> None:
        names = frozenset(names)
        unknown = names - {attr.name for attr in self.__attributes__}
        if unknown:
            raise ValueError(
                f"not attributes of {type(self).__name__}: {sorted(unknown)}"
            )
        self._nulls = names or None

    def _payload_state(self) -> tuple[Any, ...]:
        """What decides the payload this model dumps to: values, nulls, extras."""
        values = tuple(getattr(self, attr.name) for attr in self.__attributes__)
        nulls = frozenset(
            name for name in self.model_nulls if getattr(self, name) is None
        )
        return values, nulls, self._extra or {}

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._payload_state() == other._payload_state()

    def __repr__(self) -> str:
        shown = []
        nulls = self.model_nulls
        for attr in self.__attributes__:
            value = getattr(self, attr.name)
            if value is None and attr.name not in nulls:
                continue
            text = _MASK if attr.secret and value is not None else repr(value)
            shown.append(f"{attr.name}={text}")
        if self._extra:
            shown.append(f"model_extra=<keys {sorted(self._extra)}>")
        return f"{type(self).__name__}({', '.join(shown)})"

    @classmethod
    def from_dictionary(
        cls, dictionary: Optional[Mapping[str, Any]], unknown: str = "raise"
    ) -> Any:
        """Creates an instance of this model from a payload, validating it.

        Args:
            dictionary (dictionary): The payload, as decoded from the cluster's JSON
                response, with the API's keys (``appInstanceId``); None is allowed.
            unknown (string): What to do with keys the model does not know:
                ``"raise"`` (the default), ``"include"`` (keep them) or ``"exclude"``.

        Returns:
            object: An instance of this model, or None when ``dictionary`` is None.

        Raises:
            marshmallow.ValidationError: The payload is not valid; ``messages`` is
                keyed by the API's keys.
        """
        if dictionary is None:
            return None
        return _schema_for(cls).load(dictionary, unknown=unknown)

    def to_dictionary(self) -> dict[str, Any]:
        """Returns the payload of this model, with the API's keys.

        Returns:
            dictionary: The payload; attributes that are None are left out, except
            those in :attr:`model_nulls`.

        Raises:
            marshmallow.ValidationError: An attribute holds a value the schema would
                not load; ``messages`` is keyed by attribute names.
        """
        return _schema_for(type(self)).dump(self)  # type: ignore[no-any-return]


def _schema_for(model: type[Model]) -> Any:
    """The shared schema of ``model``, imported late since schemas import models."""
    schemas = importlib.import_module("schemas.base")
    return schemas.schema_for(model)
