"""Hypothesis strategies for payloads and models, derived from the reference copy.

Valid payloads have absent keys, explicit nulls, empty lists and empty objects at every
depth, integers at the int32/int64 extremes and non-ASCII strings. ``extra=True`` adds
keys the reference does not know, with any JSON value, at every depth.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from tests.reference import MODELS, enum_values, kind, model_class

INT_BOUNDS = {"int32": 2**31, "int64": 2**63}

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
texts = st.text(max_size=12) | st.sampled_from(
    ["", "Zürich", "名前", "\U0001f600", "a\x00b"]
)


def integers(fmt: str) -> st.SearchStrategy[int]:
    bound = INT_BOUNDS[fmt]
    extremes = st.sampled_from([-bound, bound - 1, 0, -1, 1, 2**53 + 1, -(2**53) - 1])
    extremes = extremes.filter(lambda v: -bound <= v < bound)
    return extremes | st.integers(min_value=-bound, max_value=bound - 1)


def scalar(type_and_format: tuple[str, Any]) -> st.SearchStrategy[Any]:
    wire_type, fmt = type_and_format
    if wire_type == "integer":
        return integers(fmt)
    if wire_type == "boolean":
        return st.booleans()
    return texts


def value_of(attr_kind: tuple[str, Any], extra: bool, depth: int) -> st.SearchStrategy:
    what, detail = attr_kind
    if what == "model":
        return st.deferred(lambda: payloads(detail, extra=extra, depth=depth + 1))
    if what == "enum":
        return st.sampled_from(enum_values(detail))
    if what == "list":
        return st.lists(value_of(detail, extra, depth), max_size=3 if depth < 3 else 1)
    return scalar(detail)


def unknown_keys(model: str) -> st.SearchStrategy[dict[str, Any]]:
    known = {attr["key"] for attr in MODELS[model]["attributes"]}
    # Spellings that collide with attribute names are the dangerous ones.
    names = st.text(min_size=1, max_size=10) | st.sampled_from(
        ["app_name", "name", "vm_groups", "deploymentParameters", "exposedNodePorts"]
    )
    return st.dictionaries(
        names.filter(lambda k: k not in known), json_values, max_size=2
    )


@st.composite
def payloads(draw: Any, model: str, extra: bool = False, depth: int = 0) -> dict:
    """A valid payload of ``model``; each key absent, null or a valid value."""
    payload: dict[str, Any] = {}
    for attr in MODELS[model]["attributes"]:
        choice = draw(st.sampled_from(["absent", "null", "value", "value"]))
        if choice == "null":
            payload[attr["key"]] = None
        elif choice == "value" and depth < 5:
            payload[attr["key"]] = draw(value_of(kind(attr), extra, depth))
    if extra:
        for key, value in draw(unknown_keys(model)).items():
            payload[key] = value
    return payload


def python_value(attr_kind: tuple[str, Any], depth: int) -> st.SearchStrategy:
    what, detail = attr_kind
    if what == "model":
        return st.deferred(lambda: built_models(detail, depth=depth + 1))
    if what == "enum":
        # Members and their wire strings: SDK code assigns either.
        enum = getattr(__import__("models"), detail)
        return st.sampled_from(list(enum)) | st.sampled_from(enum_values(detail))
    if what == "list":
        return st.lists(python_value(detail, depth), max_size=2)
    return scalar(detail)


@st.composite
def built_models(draw: Any, model: str, depth: int = 0) -> Any:
    """A model built with its constructor, keyword or positional, as users do."""
    values = []
    for attr in MODELS[model]["attributes"]:
        use = depth < 4 and draw(st.booleans())
        values.append(draw(python_value(kind(attr), depth)) if use else None)
    cls = model_class(model)
    if draw(st.booleans()):
        return cls(*values)
    names = [attr["attribute"] for attr in MODELS[model]["attributes"]]
    return cls(**{n: v for n, v in zip(names, values) if v is not None})


MODEL_NAMES = sorted(MODELS)
