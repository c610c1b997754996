"""Sphinx extension: the parts of the reference site that are read off the schemas.

Everything here is computed at build time from the schema classes and the model
declarations behind them, so the pages cannot disagree with the code:

- each schema class's docstring gets a table of its fields (attribute, JSON key, type
  label, format, nullable, enum values);
- the ``object-graph`` directive draws the models nested in a schema with Graphviz;
- the HTML build writes the OpenAPI document next to the pages;
- autodoc leaves out the members a class already lists in its ``Attributes:`` section
  (model slots, enum members), so each appears once, with its type label and meaning.

Change this module to change how those parts look; what they say comes from
``models/``.
"""

from __future__ import annotations

import importlib
import inspect
import json
from enum import Enum
from pathlib import Path
from typing import Any

from docutils.statemachine import StringList
from marshmallow import Schema, SchemaOpts
from sphinx.application import Sphinx
from sphinx.ext.graphviz import Graphviz

from models.base import EnumOf, ListOf, Model, ModelOf, Scalar, WireType, nested_model
from schemas.base import ModelSchema
from schemas.openapi import openapi_document

# Where the HTML build writes the OpenAPI document, relative to the output directory.
OPENAPI_FILE = "appinstance-openapi.json"

# The header row of a schema's field table; field_table fills one row per field.
FIELD_TABLE_COLUMNS = (
    "Attribute",
    "JSON key",
    "Type",
    "Format",
    "Nullable",
    "Enum values",
)


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("sphinx.ext.autodoc")
    app.setup_extension("sphinx.ext.graphviz")
    app.add_directive("object-graph", ObjectGraph)
    app.connect("autodoc-process-docstring", append_field_table)
    app.connect("autodoc-process-signature", schema_signature)
    app.connect("autodoc-skip-member", skip_listed_members)
    app.connect("builder-inited", write_openapi_document)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}


# -- field tables ----------------------------------------------------------------------


def append_field_table(
    app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    """autodoc hook: appends the field table to the docstring of a model's schema."""
    if what == "class" and _is_model_schema(obj):
        lines.extend(["", *field_table(obj)])


def field_table(schema_class: type[ModelSchema]) -> list[str]:
    """The reST lines of a ``list-table`` describing every field of a schema."""
    rows = [FIELD_TABLE_COLUMNS]
    for name, field in schema_class().fields.items():
        attr = field.metadata["attribute_spec"]
        rows.append(
            (
                f"``{name}``",
                f"``{field.data_key}``",
                _type_cell(attr.wire),
                _format_cell(attr.wire),
                "yes" if field.allow_none else "no",
                _enum_cell(attr.wire),
            )
        )
    model = schema_class.opts.model
    assert model is not None
    lines = [
        f".. list-table:: Fields of {schema_class.__name__}",
        "   :header-rows: 1",
        "   :class: schema-fields",
        "",
    ]
    for row in rows:
        first, *rest = (cell or "\u2014" for cell in row)
        lines.append(f"   * - {first}")
        lines.extend(f"     - {cell}" for cell in rest)
    return lines


def _type_cell(wire: WireType) -> str:
    """The type label, with the model or enum it names linked to its page."""
    if isinstance(wire, ListOf):
        return f"list of {_type_cell(wire.item)}"
    if isinstance(wire, ModelOf):
        return _class_link(wire.model)
    if isinstance(wire, EnumOf):
        return _class_link(wire.enum)
    return wire.label


def _format_cell(wire: WireType) -> str:
    if isinstance(wire, ListOf):
        return _format_cell(wire.item)
    if isinstance(wire, Scalar) and wire.openapi_format:
        return f"``{wire.openapi_format}``"
    return ""


def _enum_cell(wire: WireType) -> str:
    if isinstance(wire, EnumOf):
        return ", ".join(f"``{value}``" for value in wire.enum.values())
    return ""


def _class_link(cls: type) -> str:
    return f":class:`~{cls.__module__}.{cls.__qualname__}`"


def _is_model_schema(obj: Any) -> bool:
    return (
        inspect.isclass(obj)
        and issubclass(obj, ModelSchema)
        and obj.opts.model is not None
    )


# -- members listed once ---------------------------------------------------------------


def skip_listed_members(
    app: Sphinx, what: str, name: str, obj: Any, skip: bool, options: Any
) -> bool | None:
    """autodoc hook: skips members already described in their class's docstring.

    A model lists its attributes and an enum its members under ``Attributes:``;
    autodoc would show each a second time, without the type label. A schema's
    ``Meta`` and ``opts`` are marshmallow's plumbing, and its field table says more.

    The event does not name the class a member belongs to, so a model attribute is
    recognised by what autodoc passes for a slot: a placeholder object instead of a
    value, under the name of some model's attribute.
    """
    if what != "class":
        return None
    if isinstance(obj, Enum) or (_is_placeholder(obj) and name in _model_attributes()):
        return True
    if isinstance(obj, SchemaOpts) or (
        inspect.isclass(obj) and _is_schema_plumbing(obj)
    ):
        return True
    return None


def _model_attributes() -> frozenset[str]:
    """The attribute names of every model class."""
    names: set[str] = set()
    pending = list(Model.__subclasses__())
    while pending:
        model = pending.pop()
        names.update(attr.name for attr in model.__attributes__)
        pending.extend(model.__subclasses__())
    return frozenset(names)


def _is_placeholder(obj: Any) -> bool:
    # Sphinx 7 and 8 pass a bare object() for a slot, Sphinx 9 a sentinel of its own.
    return type(obj) is object or type(obj).__module__.startswith("sphinx.")


def _is_schema_plumbing(cls: type) -> bool:
    """A schema's ``Meta`` class or its options class."""
    model = getattr(cls, "model", None)
    meta = inspect.isclass(model) and issubclass(model, Model)
    return meta or issubclass(cls, SchemaOpts)


def schema_signature(
    app: Sphinx,
    what: str,
    name: str,
    obj: Any,
    options: Any,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str, str | None] | None:
    """autodoc hook: shows marshmallow's constructor arguments on each schema class.

    ``ModelSchema.__init__`` passes everything on to ``marshmallow.Schema``, so its
    own signature, ``(*args, **kwargs)``, would tell the reader nothing.
    """
    if what == "class" and _is_model_schema(obj):
        # The parameters after self, without their annotations, as on model pages.
        _, *parameters = inspect.signature(Schema.__init__).parameters.values()
        bare = [p.replace(annotation=inspect.Parameter.empty) for p in parameters]
        return str(inspect.Signature(bare)), return_annotation
    return None


# -- object graph ----------------------------------------------------------------------


class ObjectGraph(Graphviz):
    """Draws the models reachable from a schema and the keys that nest them.

    Usage: ``.. object-graph:: schemas.app_instance.AppInstanceSchema``, with the
    options of ``.. graphviz::`` (``:caption:``, ``:alt:``, ``:align:``).
    """

    required_arguments = 1
    optional_arguments = 0

    def run(self) -> list[Any]:
        root = _import(self.arguments[0])
        models = reachable_models(root.opts.model)
        for model in models:
            self.env.note_dependency(inspect.getfile(model))
        self.arguments = []
        self.content = StringList(object_graph_dot(models, self.env.docname))
        return super().run()


def reachable_models(root: type[Model]) -> list[type[Model]]:
    """``root`` and every model nested in it, in the order they are first met."""
    found = [root]
    for model in found:
        for attr in model.__attributes__:
            nested = nested_model(attr.wire)
            if nested is not None and nested not in found:
                found.append(nested)
    return found


def object_graph_dot(models: list[type[Model]], docname: str) -> list[str]:
    """The dot source of the object graph, each node linked to its model's page."""
    depth = docname.count("/")
    lines = [
        "digraph objects {",
        '  graph [rankdir=TB, fontname="sans-serif", nodesep=0.3, ranksep=0.6];',
        '  node [shape=box, style="rounded,filled", fillcolor="#e7f2fa",',
        '        color="#2980b9", fontname="sans-serif", fontsize=14];',
        '  edge [color="#555555", fontname="sans-serif", fontsize=11];',
    ]
    enums: list[type[Enum]] = []
    for model in models:
        target = f"{'../' * depth}api/{model.__module__}.html#{_qualified(model)}"
        lines.append(f'  {model.__name__} [URL="{target}", target="_top"];')
    for model in models:
        for attr in model.__attributes__:
            key = attr.key + ("[]" if isinstance(attr.wire, ListOf) else "")
            nested = nested_model(attr.wire)
            if nested is not None:
                lines.append(
                    f'  {model.__name__} -> {nested.__name__} [label="{key}"];'
                )
            elif isinstance(attr.wire, EnumOf):
                enums.append(attr.wire.enum)
                lines.append(
                    f"  {model.__name__} -> {attr.wire.enum.__name__}"
                    f' [label="{key}", style=dashed];'
                )
    for enum in enums:
        target = f"{'../' * depth}api/{enum.__module__}.html#{_qualified(enum)}"
        lines.append(
            f'  {enum.__name__} [shape=note, style=filled, fillcolor="#f6f6f6",'
            f' color="#999999", URL="{target}", target="_top"];'
        )
    lines.append("}")
    return lines


def _qualified(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _import(path: str) -> Any:
    module, _, name = path.rpartition(".")
    return getattr(importlib.import_module(module), name)


# -- OpenAPI download ------------------------------------------------------------------


def write_openapi_document(app: Sphinx) -> None:
    """Writes the OpenAPI document into the HTML output, for the overview's link."""
    if app.builder.format != "html":
        return
    path = Path(app.outdir) / OPENAPI_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(openapi_document(), indent=2, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")
