"""The round-trip guarantees R1 to R4, as properties of generated payloads, models."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from marshmallow import EXCLUDE, INCLUDE

from tests.reference import schema_class
from tests.strategies import MODEL_NAMES, built_models, payloads


@st.composite
def model_and_payload(draw, extra=False):
    name = draw(st.sampled_from(MODEL_NAMES))
    return name, draw(payloads(name, extra=extra))


@given(model_and_payload())
def test_r1_dump_of_load_is_the_payload(case):
    name, payload = case
    schema = schema_class(name)()

    assert schema.dump(schema.load(payload)) == payload


@given(model_and_payload(extra=True))
def test_r1_holds_in_pass_through_mode_with_unknown_keys_anywhere(case):
    name, payload = case
    schema = schema_class(name)(unknown=INCLUDE)

    assert schema.dump(schema.load(payload)) == payload


@given(
    st.sampled_from(MODEL_NAMES).flatmap(
        lambda n: st.tuples(st.just(n), built_models(n))
    )
)
def test_r2_load_of_dump_is_the_model(case):
    name, model = case
    schema = schema_class(name)()

    assert schema.load(schema.dump(model)) == model


@given(model_and_payload(extra=True))
def test_r3_json_text_keeps_every_value_exact(case):
    name, payload = case
    schema = schema_class(name)(unknown=INCLUDE)
    text = json.dumps(payload)

    assert json.loads(schema.dumps(schema.loads(text))) == payload


@given(
    st.sampled_from(MODEL_NAMES).flatmap(
        lambda n: st.tuples(st.just(n), built_models(n))
    )
)
def test_r3_models_survive_json_text(case):
    name, model = case
    schema = schema_class(name)()

    assert schema.loads(schema.dumps(model)) == model


@given(model_and_payload(extra=True), st.sampled_from([INCLUDE, EXCLUDE]))
def test_r4_load_never_mutates_its_input(case, mode):
    name, payload = case
    before = copy.deepcopy(payload)

    schema_class(name)().load(payload, unknown=mode)

    assert payload == before


def test_r4_changing_a_loaded_model_leaves_the_payload_alone():
    payload = {"deploymentParameters": {"replicas": [1, 2]}, "vmGroups": [{"vms": []}]}
    model = schema_class("AppInstance")(unknown=INCLUDE).load(payload)

    model.model_extra["deploymentParameters"]["replicas"].append(3)
    model.vm_groups[0].vms.append(None)

    assert payload == {
        "deploymentParameters": {"replicas": [1, 2]},
        "vmGroups": [{"vms": []}],
    }


@pytest.mark.parametrize("value", [2**53 + 1, 2**63 - 1, -(2**63), -(2**53) - 1])
def test_int64_beyond_two_to_the_53_survives_json_text(value):
    schema = schema_class("AppInstance")()
    text = json.dumps(
        {
            "appInstanceId": value,
            "settings": {"readViewPrivileges": {"viewIds": [value]}},
        }
    )

    dumped = schema.dumps(schema.loads(text))

    assert dumped == text
    assert json.loads(dumped)["appInstanceId"] == value


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"settings": {}},
        {"settings": None},
        {"vmGroups": []},
        {"vmGroups": [{}]},
        {"vmGroups": [{"vms": [{"nodePorts": []}]}]},
        {"userSshKey": {"sshKey": None, "username": ""}},
    ],
    ids=[
        "empty",
        "empty-object",
        "null-object",
        "empty-list",
        "empty-item",
        "deep-empty",
        "null-and-empty-string",
    ],
)
def test_absent_null_empty_list_and_empty_object_survive(payload):
    schema = schema_class("AppInstance")()

    assert schema.dump(schema.load(payload)) == payload


def test_full_sample_round_trips_exactly():
    from tests.reference import load_sample

    payload = load_sample("app_instance_full.json")
    schema = schema_class("AppInstance")()

    assert schema.dump(schema.load(payload)) == payload
    assert json.loads(schema.dumps(schema.loads(json.dumps(payload)))) == payload


def test_many_round_trips_a_list_of_payloads():
    schema = schema_class("NodePort")()
    payloads_ = [{"port": 1}, {}, {"tag": None, "isUiPort": False}]

    loaded = schema.load(payloads_, many=True)

    assert schema.dump(loaded, many=True) == payloads_
    assert schema_class("NodePort")(many=True).dump(loaded) == payloads_


def test_ten_megabyte_string_round_trips():
    big = "é" * (5 * 1024 * 1024)
    schema = schema_class("AppInstance")()

    model = schema.loads(json.dumps({"description": big}))

    assert model.description == big
    assert schema.dump(model) == {"description": big}


def test_hundred_thousand_node_ports_round_trip():
    ports = [
        {"port": i % 65536, "isUiPort": i % 2 == 0, "tag": "kHttp"}
        for i in range(100_000)
    ]
    payload = {"vmGroups": [{"vms": [{"name": "vm", "nodePorts": ports}]}]}
    schema = schema_class("AppInstance")()

    model = schema.load(payload)

    assert len(model.vm_groups[0].vms[0].node_ports) == 100_000
    assert schema.dump(model) == payload
