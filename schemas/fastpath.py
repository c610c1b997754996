"""The fast path: load and dump code generated from a schema's own fields.

For a schema that is exactly what :class:`~schemas.base.ModelSchema` derives from its
model (no hooks, no extra fields, no ``only``/``exclude``/``partial``/``load_only``/
``dump_only``/``context``), the marshmallow machinery does little that a few lines of
straight Python could not: check each value's type and range, build the model, keep
the explicit nulls and the unknown keys. This module writes those lines, once per
schema class, from the schema's fields (their classes, ``data_key``, ``min``/``max``,
``enum``, ``inner`` and nested schemas), compiles them with :func:`exec` the way
:mod:`dataclasses` does, and runs them instead of the marshmallow path. A round trip
of a full AppInstance then takes about 1/18 of the time (1/15 on Python 3.9).

It never decides anything on its own. At the first value it is not sure of, the
generated code raises :class:`Fallback` and the schema runs the marshmallow path from
the start, so errors, ``messages``, ``valid_data`` and results are the marshmallow
path's own. Only identifiers and constants derived from the declarations go into the
generated source; payload values never do.

Switches:
    - ``APPINSTANCE_FAST_PATH=0`` in the environment, read at import, or
      ``schemas.fastpath.ENABLED = False`` at run time, turns the fast path off for
      every schema.
    - ``fast_path = False`` in a schema's ``class Meta`` turns it off for that schema
      class (and for schemas nesting it).

Change this module when a strict field is added to :mod:`schemas.fields` (add its
line to the tables below) or when :class:`~schemas.base.ModelSchema` changes what a
load or dump produces; ``tests/test_fastpath.py`` compares both paths.
"""

from __future__ import annotations

import copy
import keyword
import os
import threading
from typing import Any, Callable, Optional

from marshmallow import INCLUDE, RAISE, missing

from schemas.fields import (
    StrictBoolean,
    StrictEnum,
    StrictInteger,
    StrictList,
    StrictNested,
    StrictString,
)

__all__ = ["ENABLED", "Fallback", "Plan", "dump", "load", "plan_for"]

ENABLED: bool = os.environ.get("APPINSTANCE_FAST_PATH", "1").strip() != "0"
"""False turns the fast path off for all schemas; APPINSTANCE_FAST_PATH=0 sets it."""

# The methods whose behaviour the generated code reproduces; a schema class that
# overrides any of them takes the marshmallow path.
_REPRODUCED = (
    "load",
    "dump",
    "_do_load",
    "_deserialize",
    "_serialize",
    "_serialize_many",
    "_make_model",
    "_copy_extra",
    "get_attribute",
    "_invoke_load_processors",
    "_invoke_dump_processors",
    "_invoke_field_validators",
    "_invoke_schema_validators",
)

_PLAN_ATTRIBUTE = "_fast_path_plan"

# Schema class -> the `make` functions of its generated load and dump code.
_FACTORIES: dict[type, tuple[Callable[..., Any], Callable[..., Any]]] = {}
_lock = threading.Lock()


class Fallback(Exception):
    """The fast path cannot give this result; the marshmallow path must run."""


class Plan:
    """The generated load and dump functions of one schema instance.

    Attributes:
        load (callable): ``load(payload, mode)`` returns the model; ``mode`` is the
            unknown-key mode (``RAISE``, ``INCLUDE`` or ``EXCLUDE``).
        dump (callable): ``dump(model)`` returns the payload.
    """

    __slots__ = ("dump", "load")

    def __init__(self, load: Callable[..., Any], dump: Callable[[Any], Any]) -> None:
        self.load = load
        self.dump = dump


def load(schema: Any, data: Any, many: Optional[bool], mode: str) -> Any:
    """Loads ``data`` the way ``schema.load`` would, or raises :class:`Fallback`.

    Args:
        schema (ModelSchema): The schema whose load this replaces.
        data (object): The payload, or with ``many`` a list of payloads.
        many (bool): As given to ``load``; None takes the schema's own.
        mode (string): The unknown-key mode in force.

    Raises:
        Fallback: The fast path is off for this schema, or ``data`` is not a valid
            payload; nothing was built.
    """
    plan = schema.__dict__.get(_PLAN_ATTRIBUTE) or plan_for(schema)
    if plan is None:
        raise Fallback
    if schema.many if many is None else many:
        if type(data) is not list:
            raise Fallback
        run = plan.load
        return [run(item, mode) for item in data]
    return plan.load(data, mode)


def dump(schema: Any, obj: Any, many: bool) -> Any:
    """Dumps ``obj`` the way ``schema._serialize`` would, or raises :class:`Fallback`.

    Raises:
        Fallback: The fast path is off for this schema, or ``obj`` holds a value the
            schema would refuse; nothing was returned.
    """
    plan = schema.__dict__.get(_PLAN_ATTRIBUTE) or plan_for(schema)
    if plan is None:
        raise Fallback
    try:
        if many:
            if type(obj) is not list:
                raise Fallback
            run = plan.dump
            return [run(item) for item in obj]
        return plan.dump(obj)
    except AttributeError:
        # An attribute never set (a model made without __init__): the marshmallow
        # path decides what that gives.
        raise Fallback from None


def plan_for(schema: Any) -> Optional[Plan]:
    """The fast-path plan of ``schema``, built on first use; None when not eligible.

    The plan is kept on the schema instance, since nested schemas are resolved per
    instance; the generated code is kept per schema class.
    """
    plan = schema.__dict__.get(_PLAN_ATTRIBUTE)
    if plan is None:
        plan = _build_plan(schema, ())
        schema.__dict__[_PLAN_ATTRIBUTE] = plan if plan is not None else False
    return plan or None


def _build_plan(schema: Any, outer: tuple[type, ...]) -> Optional[Plan]:
    cached = schema.__dict__.get(_PLAN_ATTRIBUTE)
    if cached is not None:
        return cached or None
    cls = type(schema)
    if cls in outer or not _eligible(schema):
        return None
    nested = _nested_fields(schema)
    nested_plans = []
    for field in nested:
        inner = field.schema
        if type(inner).opts.model is not field.model:
            return None
        plan = _build_plan(inner, (*outer, cls))
        if plan is None:
            return None
        nested_plans.append(plan)
    make_load, make_dump = _factories(schema)
    plan = Plan(
        make_load(*(p.load for p in nested_plans)),
        make_dump(*(p.dump for p in nested_plans)),
    )
    schema.__dict__[_PLAN_ATTRIBUTE] = plan
    return plan


# -- eligibility ------------------------------------------------------------------


def _eligible(schema: Any) -> bool:
    """True when ``schema`` is exactly what ModelSchema derives from its model."""
    from schemas.base import ModelSchema

    cls = type(schema)
    model = cls.opts.model
    if model is None or not getattr(cls.Meta, "fast_path", True):
        return False
    if schema.only is not None or schema.exclude or schema.partial:
        return False
    if schema.load_only or schema.dump_only or getattr(schema, "context", None):
        return False
    if _hooks(cls) != _hooks(ModelSchema):
        return False
    for name in _REPRODUCED:
        if getattr(cls, name, None) is not getattr(ModelSchema, name, None):
            return False
    names = list(schema.fields)
    if list(schema.load_fields) != names or list(schema.dump_fields) != names:
        return False
    if sorted(names) != sorted(attr.name for attr in model.__attributes__):
        return False
    return all(
        _plain(field, nullable=True) and _is_name(name)
        for name, field in schema.fields.items()
    )


def _hooks(cls: type) -> dict[Any, Any]:
    # marshmallow's `_hooks` is a defaultdict that gains empty lists as it is read.
    return {tag: hooks for tag, hooks in cls._hooks.items() if hooks}  # type: ignore[attr-defined]


def _plain(field: Any, *, nullable: bool) -> bool:
    """True when ``field`` is a strict field with nothing added to it."""
    if type(field) not in _LOAD or field.allow_none is not nullable:
        return False
    if field.validators or field.required or field.load_only or field.dump_only:
        return False
    if field.load_default is not missing or field.dump_default is not missing:
        return False
    if field.attribute is not None and field.attribute != field.name:
        return False
    if isinstance(field, StrictList):
        return _plain(field.inner, nullable=False)
    if isinstance(field, StrictNested):
        return (
            field.only is None
            and not field.exclude
            and not field.many
            and field.unknown is None
        )
    return True


def _is_name(text: str) -> bool:
    return text.isidentifier() and not keyword.iskeyword(text)


def _nested_fields(schema: Any) -> list[Any]:
    """The nested fields of ``schema`` (list items included), in field order."""
    found = []
    for field in schema.fields.values():
        while isinstance(field, StrictList):
            field = field.inner
        if isinstance(field, StrictNested):
            found.append(field)
    return found


# -- code generation --------------------------------------------------------------


class _Source:
    """Generated lines and the names they use, bound to objects from the fields."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.names: dict[str, Any] = {"Fallback": Fallback, "fail": _fail}
        self.nested: list[str] = []

    def bind(self, prefix: str, value: Any) -> str:
        """Gives ``value`` a name in the generated code and returns the name."""
        name = f"{prefix}{len(self.names)}"
        self.names[name] = value
        return name

    def nested_function(self) -> str:
        """Names the next nested schema's function (see :func:`_nested_fields`)."""
        name = f"nested{len(self.nested)}"
        self.nested.append(name)
        return name

    def add(self, indent: int, line: str) -> None:
        self.lines.append("    " * indent + line)

    def compile(self, name: str) -> Callable[..., Any]:
        """Wraps the lines in ``make(nested...)`` and returns ``make``."""
        params = ", ".join(self.nested)
        source = "\n".join([f"def make({params}):", *self.lines, f"    return {name}"])
        namespace = dict(self.names)
        exec(compile(source, f"<fast path {name}>", "exec"), namespace)
        return namespace["make"]  # type: ignore[no-any-return]


def _fail() -> Any:
    """Raises Fallback where the generated code needs an expression."""
    raise Fallback


def _factories(schema: Any) -> tuple[Callable[..., Any], Callable[..., Any]]:
    """The cached ``make`` functions of the schema's class, generated on first use."""
    cls = type(schema)
    made = _FACTORIES.get(cls)
    if made is None:
        with _lock:
            made = _FACTORIES.get(cls)
            if made is None:
                made = _FACTORIES[cls] = (_load_factory(schema), _dump_factory(schema))
    return made


# A strict field class -> the (test, value) of one loaded value held in `var`:
# `test` (or None) must be true for a valid value, `value` is what load gives.
def _string(field: Any, var: str, src: _Source) -> tuple[Optional[str], str]:
    # The identity test first: about 7 ns less than isinstance for a plain str.
    return f"type({var}) is str or isinstance({var}, str)", var


def _integer(field: Any, var: str, src: _Source) -> tuple[Optional[str], str]:
    # `type() is int` refuses bool too; repr of the bounds keeps them exact.
    return f"type({var}) is int and {field.min!r} <= {var} <= {field.max!r}", var


def _boolean(field: Any, var: str, src: _Source) -> tuple[Optional[str], str]:
    return f"{var} is True or {var} is False", var


def _load_enum(field: Any, var: str, src: _Source) -> tuple[Optional[str], str]:
    members = src.bind("members", {member.value: member for member in field.enum})
    return f"type({var}) is str and {var} in {members}", f"{members}[{var}]"


def _load_nested(field: Any, var: str, src: _Source) -> tuple[Optional[str], str]:
    return None, f"{src.nested_function()}({var}, mode)"


def _load_list(field: Any, var: str, src: _Source) -> tuple[Optional[str], str]:
    item = f"{var}_"
    test, value = _LOAD[type(field.inner)](field.inner, item, src)
    if test is not None:
        value = f"{value} if {test} else fail()"
    return f"type({var}) is list", f"[{value} for {item} in {var}]"


_LOAD: dict[type, Callable[[Any, str, _Source], tuple[Optional[str], str]]] = {
    StrictString: _string,
    StrictInteger: _integer,
    StrictBoolean: _boolean,
    StrictEnum: _load_enum,
    StrictNested: _load_nested,
    StrictList: _load_list,
}


# A strict field class -> the (test, value) of one dumped value, as in _LOAD.
def _dump_enum(field: Any, var: str, src: _Source) -> tuple[Optional[str], str]:
    enum = src.bind("enum", field.enum)
    values = src.bind("values", frozenset(member.value for member in field.enum))
    # A member, or its wire string as SDK code assigns it.
    wire = f"{var} if type({var}) is str and {var} in {values} else fail()"
    return None, f"{var}._value_ if type({var}) is {enum} else ({wire})"


def _dump_nested(field: Any, var: str, src: _Source) -> tuple[Optional[str], str]:
    return None, f"{src.nested_function()}({var})"


def _dump_list(field: Any, var: str, src: _Source) -> tuple[Optional[str], str]:
    item = f"{var}_"
    test, value = _DUMP[type(field.inner)](field.inner, item, src)
    if test is not None:
        value = f"({value}) if {test} else fail()"
    return f"type({var}) is list", f"[{value} for {item} in {var}]"


_DUMP: dict[type, Callable[[Any, str, _Source], tuple[Optional[str], str]]] = {
    StrictString: _string,
    StrictInteger: _integer,
    StrictBoolean: _boolean,
    StrictEnum: _dump_enum,
    StrictNested: _dump_nested,
    StrictList: _dump_list,
}


def _load_factory(schema: Any) -> Callable[..., Any]:
    """Generates ``make(nested...)`` returning the load function of the schema."""
    src = _Source()
    model_class = type(schema).opts.model
    model = src.bind("model", model_class)
    new = src.bind("new", model_class.__new__)
    keys = src.bind("keys", frozenset(schema._keys))
    copy_extra = src.bind("copy_extra", _copy_extra)
    src.add(1, "def load(data, mode):")
    src.add(2, "if type(data) is not dict:")
    src.add(3, "raise Fallback")
    src.add(2, "get = data.get")
    src.add(2, "nulls = ()")
    assigned = []
    for index, (name, field) in enumerate(schema.load_fields.items()):
        var, key = f"a{index}", repr(field.data_key or name)
        test, value = _LOAD[type(field)](field, var, src)
        src.add(2, f"{var} = get({key})")
        src.add(2, f"if {var} is not None:")
        if test is not None:
            src.add(3, f"if not ({test}):")
            src.add(4, "raise Fallback")
        if value != var:
            src.add(3, f"{var} = {value}")
        src.add(2, f"elif {key} in data:")
        src.add(3, f"nulls += ({name!r},)")
        assigned.append((field.attribute or name, var))
    src.add(2, "extra = None")
    src.add(2, f"if not {keys}.issuperset(data):")
    src.add(3, f"if mode == {RAISE!r}:")
    src.add(4, "raise Fallback")
    src.add(3, f"if mode == {INCLUDE!r}:")
    src.add(4, f"extra = {copy_extra}(data, {keys})")
    src.add(2, f"obj = {new}({model})")
    for attribute, var in assigned:
        src.add(2, f"obj.{attribute} = {var}")
    src.add(2, "obj._nulls = frozenset(nulls) if nulls else None")
    src.add(2, "obj._extra = extra")
    src.add(2, "return obj")
    return src.compile("load")


def _dump_factory(schema: Any) -> Callable[..., Any]:
    """Generates ``make(nested...)`` returning the dump function of the schema."""
    src = _Source()
    model = src.bind("model", type(schema).opts.model)
    src.add(1, "def dump(obj):")
    src.add(2, f"if type(obj) is not {model}:")
    src.add(3, "raise Fallback")
    src.add(2, "nulls = obj._nulls or ()")
    src.add(2, "out = {}")
    for name, field in schema.dump_fields.items():
        key = repr(field.data_key or name)
        test, value = _DUMP[type(field)](field, "v", src)
        src.add(2, f"v = obj.{field.attribute or name}")
        src.add(2, "if v is not None:")
        if test is not None:
            src.add(3, f"if not ({test}):")
            src.add(4, "raise Fallback")
        src.add(3, f"out[{key}] = {value}")
        src.add(2, f"elif {name!r} in nulls:")
        src.add(3, f"out[{key}] = None")
    src.add(2, "extra = obj._extra")
    src.add(2, "if extra:")
    src.add(3, "for key, v in extra.items():")
    src.add(4, "if key not in out:")
    src.add(5, "out[key] = v")
    src.add(2, "return out")
    return src.compile("dump")


def _copy_extra(data: dict[str, Any], keys: frozenset[str]) -> dict[str, Any]:
    """The unknown keys of ``data``, deep-copied as the marshmallow path copies them."""
    extra = {key: value for key, value in data.items() if key not in keys}
    try:
        return copy.deepcopy(extra)
    except RecursionError:
        raise Fallback from None
