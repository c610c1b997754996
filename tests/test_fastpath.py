"""The fast path gives exactly what the marshmallow path gives, and runs when it may.

The differential properties run the same schema instance twice on the same input,
once with ``schemas.fastpath.ENABLED`` and once without, and compare everything that
comes out: the loaded models (values with their exact types, explicit nulls, kept
unknown keys), the dumped payloads (key order included), and for invalid input the
exception type, ``messages`` and ``valid_data``.
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import marshmallow
import pytest
from hypothesis import given
from hypothesis import strategies as st
from marshmallow import EXCLUDE, INCLUDE, RAISE, ValidationError, post_load

import schemas.base
from models import AppInstance, NodePort, StateAppInstanceEnum, TagEnum, VmInfo
from models.base import Model
from schemas import AppInstanceSchema, NodePortSchema, VmInfoSchema, fastpath
from tests.reference import MODELS, load_sample, schema_class
from tests.strategies import MODEL_NAMES, built_models, json_values, payloads

REPO = Path(__file__).resolve().parents[1]

# Values that are wrong somewhere: bools as ints, ints just out of range, numeric
# strings, floats, bytes, wire strings of enums, empty and null-holding containers.
HOSTILE = [
    None,
    True,
    False,
    0,
    1,
    -1,
    1.0,
    2**31 - 1,
    2**31,
    -(2**31),
    -(2**31) - 1,
    2**63 - 1,
    2**63,
    -(2**63),
    -(2**63) - 1,
    "",
    "1",
    "true",
    "kRunning",
    "kHigh",
    "kAll",
    "kSpecific",
    "kSsh",
    "Zürich \u6771\u4eac",
    b"bytes",
    [],
    [None],
    [1, "a"],
    [{}],
    {},
    {"name": "x"},
    {"unknownKey": [1]},
    (),
    ("a",),
]
# Copied on every draw, since the strategies below change what they draw in place.
hostile_values = st.sampled_from(HOSTILE).map(copy.deepcopy) | json_values
modes = st.sampled_from([None, RAISE, EXCLUDE, INCLUDE])
unknown_key_names = st.sampled_from(
    ["deploymentParameters", "app_name", "name", "x", "名前", "", 7]
)


# -- comparing outcomes ---------------------------------------------------------


def state(value: Any) -> Any:
    """Everything observable about ``value``: exact types, order, nulls, extras."""
    if isinstance(value, Model):
        attributes = tuple(
            (attr.name, state(getattr(value, attr.name, "<unset>")))
            for attr in value.__attributes__
        )
        nulls = getattr(value, "_nulls", "<unset>")
        return type(value), attributes, nulls, state(getattr(value, "_extra", None))
    if isinstance(value, dict):
        return type(value), [(state(k), state(v)) for k, v in value.items()]
    if isinstance(value, (list, tuple)):
        return type(value), [state(item) for item in value]
    return type(value), value


def outcome(run: Any) -> Any:
    try:
        result = run()
    except ValidationError as error:
        return "invalid", error.messages, state(error.valid_data)
    except Exception as error:  # any other exception must be the same too
        return "raised", type(error), str(error)
    return "ok", state(result)


@contextmanager
def fast_path(enabled: bool) -> Iterator[None]:
    before = fastpath.ENABLED
    fastpath.ENABLED = enabled
    try:
        yield
    finally:
        fastpath.ENABLED = before


def both_paths(run: Any, subject: Any) -> tuple[Any, Any]:
    """Runs ``run(subject)`` with the fast path on, then off, each on a deep copy."""
    original = copy.deepcopy(subject)
    with fast_path(True):
        fast = outcome(lambda: run(copy.deepcopy(original)))
    with fast_path(False):
        slow = outcome(lambda: run(copy.deepcopy(original)))
    return fast, slow


# -- invalid payloads -------------------------------------------------------------


def payload_spots(value: Any, found: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key or index) of a payload, at every depth."""
    if isinstance(value, dict):
        for key, item in value.items():
            found.append((value, key))
            payload_spots(item, found)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.append((value, index))
            payload_spots(item, found)
    return found


@st.composite
def broken_payloads(draw: Any, name: str) -> Any:
    """A payload of ``name`` with up to three values made wrong or keys added."""
    payload = draw(payloads(name, extra=draw(st.booleans())))
    for _ in range(draw(st.integers(0, 3))):
        spots = payload_spots(payload, [])
        dicts = [payload] + [c[k] for c, k in spots if isinstance(c[k], dict)]
        if spots and draw(st.booleans()):
            container, key = draw(st.sampled_from(spots))
            container[key] = draw(hostile_values)
        else:
            target = draw(st.sampled_from(dicts))
            target[draw(unknown_key_names)] = draw(hostile_values)
    return payload


@st.composite
def load_inputs(draw: Any) -> tuple[str, Any, bool]:
    """(model name, data, many): single payloads, lists of them, or no payload."""
    name = draw(st.sampled_from(MODEL_NAMES))
    shape = draw(st.sampled_from(["one", "one", "many", "top"]))
    if shape == "one":
        return name, draw(broken_payloads(name)), False
    if shape == "many":
        items = st.lists(broken_payloads(name) | hostile_values, max_size=3)
        return name, draw(items | hostile_values), True
    return name, draw(hostile_values), draw(st.booleans())


# -- invalid models ---------------------------------------------------------------


def model_spots(value: Any, found: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (model, attribute name) and (list, index) of a model tree."""
    if isinstance(value, Model):
        for attr in value.__attributes__:
            found.append((value, attr.name))
            model_spots(getattr(value, attr.name), found)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.append((value, index))
            model_spots(item, found)
    return found


wrong_objects = st.sampled_from(
    [
        NodePort(port=1),
        VmInfo(name="vm"),
        StateAppInstanceEnum.KRUNNING,
        StateAppInstanceEnum.KTERRMINATED,
        TagEnum.KSSH,
        {"port": 1},
    ]
).map(copy.deepcopy)


@st.composite
def broken_models(draw: Any, name: str) -> Any:
    """A model of ``name`` with up to three attributes, nulls or extras made odd."""
    model = draw(built_models(name))
    for _ in range(draw(st.integers(0, 3))):
        spots = model_spots(model, [])
        owners = [model] + [o for o, _ in spots if isinstance(o, Model)]
        what = draw(st.sampled_from(["value", "value", "nulls", "extra"]))
        if what == "value" and spots:
            owner, where = draw(st.sampled_from(spots))
            value = draw(hostile_values | wrong_objects)
            if isinstance(owner, list):
                owner[where] = value
            else:
                setattr(owner, where, value)
        elif what == "nulls":
            owner = draw(st.sampled_from(owners))
            names = [attr.name for attr in owner.__attributes__]
            owner.model_nulls = draw(st.sets(st.sampled_from(names), max_size=3))
        else:
            owner = draw(st.sampled_from(owners))
            keys = [attr.key for attr in owner.__attributes__] + ["newKey", "名前"]
            owner.model_extra = draw(
                st.dictionaries(st.sampled_from(keys), json_values, max_size=3)
            )
    return model


@st.composite
def dump_inputs(draw: Any) -> tuple[str, Any, bool]:
    name = draw(st.sampled_from(MODEL_NAMES))
    shape = draw(st.sampled_from(["one", "one", "many", "top"]))
    if shape == "one":
        return name, draw(broken_models(name)), False
    if shape == "many":
        items = st.lists(broken_models(name) | wrong_objects, max_size=3)
        return name, draw(items | st.tuples(broken_models(name))), True
    return name, draw(hostile_values | wrong_objects), draw(st.booleans())


# -- differential properties ------------------------------------------------------


@given(load_inputs(), modes, modes)
def test_load_gives_what_the_marshmallow_path_gives(case, schema_mode, load_mode):
    name, data, many = case
    schema = schema_class(name)(**({"unknown": schema_mode} if schema_mode else {}))

    def run(d: Any) -> Any:
        return schema.load(d, many=many, unknown=load_mode)

    fast, slow = both_paths(run, data)

    assert fast == slow


@given(load_inputs(), modes)
def test_load_then_dump_gives_what_the_marshmallow_path_gives(case, mode):
    name, data, many = case
    schema = schema_class(name)()

    def round_trip(d: Any) -> Any:
        return schema.dump(schema.load(d, many=many, unknown=mode), many=many)

    fast, slow = both_paths(round_trip, data)

    assert fast == slow


@given(dump_inputs())
def test_dump_gives_what_the_marshmallow_path_gives(case):
    name, obj, many = case
    schema = schema_class(name)()

    fast, slow = both_paths(lambda o: schema.dump(o, many=many), obj)

    assert fast == slow


@given(
    st.sampled_from(MODEL_NAMES).flatmap(lambda n: st.tuples(st.just(n), payloads(n)))
)
def test_load_never_changes_its_input(case):
    name, payload = case
    before = copy.deepcopy(payload)

    model = schema_class(name)().load(payload, unknown=INCLUDE)
    model.model_extra["added"] = 1

    assert payload == before


# -- when the fast path runs ------------------------------------------------------


@pytest.fixture(autouse=True)
def fast_path_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about the fast path: on, even under APPINSTANCE_FAST_PATH=0."""
    monkeypatch.setattr(fastpath, "ENABLED", True)


@pytest.fixture
def marshmallow_unused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Makes marshmallow's own load and field serialization fail if they run."""

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the marshmallow path ran")

    monkeypatch.setattr(marshmallow.Schema, "_do_load", refuse)
    monkeypatch.setattr(marshmallow.fields.Field, "serialize", refuse)


@pytest.fixture
def registry() -> Iterator[None]:
    """Puts back the model -> schema registry, which subclasses defined here change."""
    schemas_before = dict(schemas.base._SCHEMAS)
    instances_before = dict(schemas.base._INSTANCES)
    yield
    schemas.base._SCHEMAS.clear()
    schemas.base._SCHEMAS.update(schemas_before)
    schemas.base._INSTANCES.clear()
    schemas.base._INSTANCES.update(instances_before)


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_every_plain_schema_has_generated_code(name):
    plan = fastpath.plan_for(schema_class(name)())

    assert plan is not None
    assert plan.load.__code__.co_filename == "<fast path load>"
    assert plan.dump.__code__.co_filename == "<fast path dump>"


@pytest.mark.parametrize("mode", [RAISE, EXCLUDE, INCLUDE])
def test_valid_payload_round_trips_without_the_marshmallow_path(
    marshmallow_unused, mode
):
    payload = load_sample("app_instance_full.json")
    schema = AppInstanceSchema()

    models = schema.load([payload, payload], many=True, unknown=mode)
    dumped = schema.dump(models, many=True)

    assert dumped == [payload, payload]
    assert models[1].vm_groups[1].name == payload["vmGroups"][1]["name"]
    assert AppInstance.from_dictionary(payload).to_dictionary() == payload


def test_unknown_keys_are_kept_by_the_fast_path_at_depth(marshmallow_unused):
    payload = {"vms": [{"nodePorts": [{"port": 5, "proto": {"a": [1]}}]}], "n": None}

    model = schema_class("VmGroup")().load(payload, unknown=INCLUDE)

    port = model.vms[0].node_ports[0]
    assert port.model_extra == {"proto": {"a": [1]}}
    assert model.model_extra == {"n": None}
    assert port.model_extra["proto"] is not payload["vms"][0]["nodePorts"][0]["proto"]
    assert schema_class("VmGroup")().dump(model) == payload


def test_explicit_nulls_are_recorded_by_the_fast_path(marshmallow_unused):
    model = VmInfoSchema().load({"name": None, "nodePorts": [], "healthStatus": 0})

    assert model.model_nulls == frozenset({"name"})
    assert model.node_ports == []
    assert model.health_detail is None
    dumped = VmInfoSchema().dump(model)

    assert dumped == {"healthStatus": 0, "name": None, "nodePorts": []}


def test_a_fallback_leaves_the_fast_path_on_for_schemas_made_later():
    with pytest.raises(ValidationError):
        NodePortSchema().load({"port": "1"})

    assert fastpath.plan_for(NodePortSchema()) is not None
    assert fastpath.plan_for(AppInstanceSchema()) is not None


def test_switched_off_at_run_time_the_marshmallow_path_runs(marshmallow_unused):
    with fast_path(False), pytest.raises(AssertionError, match="marshmallow path ran"):
        NodePortSchema().load({"port": 1})


def test_environment_switch_is_read_at_import():
    code = "from schemas import fastpath; print(fastpath.ENABLED)"
    env = dict(os.environ, PYTHONPATH=str(REPO))

    def enabled(value: Any) -> str:
        run_env = dict(env)
        if value is None:
            run_env.pop("APPINSTANCE_FAST_PATH", None)
        else:
            run_env["APPINSTANCE_FAST_PATH"] = value
        result = subprocess.run(
            [sys.executable, "-c", code],
            env=run_env,
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout.strip()

    assert enabled("0") == "False"
    assert enabled("1") == "True"
    assert enabled(None) == "True"


def test_meta_switch_turns_it_off_for_one_schema_class(registry):
    class SlowNodePortSchema(NodePortSchema):
        class Meta(NodePortSchema.Meta):
            fast_path = False

    assert fastpath.plan_for(SlowNodePortSchema()) is None
    assert fastpath.plan_for(NodePortSchema()) is not None
    assert SlowNodePortSchema().load({"port": 2}).port == 2


def test_schema_with_a_post_load_hook_takes_the_marshmallow_path(registry):
    class TaggedNodePortSchema(NodePortSchema):
        @post_load
        def mark(self, model: NodePort, **kwargs: Any) -> NodePort:
            model.port = model.port + 1
            return model

    schema = TaggedNodePortSchema()

    assert fastpath.plan_for(schema) is None
    assert schema.load({"port": 2}).port == 3


def test_the_fast_path_follows_the_nested_schema_marshmallow_uses(registry):
    class SlowNodePortSchema(NodePortSchema):
        class Meta(NodePortSchema.Meta):
            fast_path = False

    schema = VmInfoSchema()
    # Today a subclass replaces its model's schema in the registry (see base.py).
    nested = schema.fields["node_ports"].inner.schema
    nested_is_slow = type(nested) is SlowNodePortSchema

    assert (fastpath.plan_for(schema) is None) is nested_is_slow
    assert schema.load({"nodePorts": [{"port": 4}]}).node_ports[0].port == 4


@pytest.mark.parametrize(
    "options",
    [
        {"only": ("name",)},
        {"exclude": ("name",)},
        {"load_only": ("name",)},
        {"dump_only": ("name",)},
        {"partial": True},
    ],
    ids=["only", "exclude", "load_only", "dump_only", "partial"],
)
def test_schema_options_take_the_marshmallow_path(options):
    assert fastpath.plan_for(VmInfoSchema(**options)) is None


def test_load_with_partial_takes_the_marshmallow_path(marshmallow_unused):
    with pytest.raises(AssertionError, match="marshmallow path ran"):
        NodePortSchema().load({"port": 1}, partial=True)


def test_invalid_payload_gives_the_marshmallow_error():
    payload = {"vms": [{"nodePorts": [{"port": 1}, {"port": True}]}], "name": "g"}

    with pytest.raises(ValidationError) as caught:
        schema_class("VmGroup")().load(payload)

    assert caught.value.messages == {
        "vms": {0: {"nodePorts": {1: {"port": ["Not a valid integer."]}}}}
    }


def test_invalid_model_gives_the_marshmallow_error():
    model = VmInfo(name="vm", node_ports=[NodePort(port=2**31)])

    with pytest.raises(ValidationError) as caught:
        VmInfoSchema().dump(model)

    assert caught.value.messages == {
        "node_ports": {0: {"port": ["Must be between -2147483648 and 2147483647."]}}
    }


def test_generated_code_holds_only_declared_keys_and_names():
    declared = {RAISE, INCLUDE}
    for reference in MODELS.values():
        for attr in reference["attributes"]:
            declared |= {attr["key"], attr["attribute"]}
    for name in MODEL_NAMES:
        plan = fastpath.plan_for(schema_class(name)())
        for function in (plan.load, plan.dump):
            for const in constants(function.__code__):
                if isinstance(const, str) and not const.endswith(">"):
                    assert const in declared


def constants(code: Any) -> Iterator[Any]:
    """The constants of ``code`` and the code nested in it; Python 3.9 adds the
    qualified names of comprehensions (``load.<locals>.<listcomp>``)."""
    for const in code.co_consts:
        if hasattr(const, "co_consts"):
            yield from constants(const)
        elif isinstance(const, tuple):
            yield from const
        else:
            yield const
