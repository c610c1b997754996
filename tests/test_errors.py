"""R5: invalid input raises only marshmallow.ValidationError, keyed by path."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from marshmallow import INCLUDE, ValidationError

from schemas import AppInstanceSchema
from tests.reference import MODELS, kind, schema_class
from tests.strategies import MODEL_NAMES, json_values, payloads

# A value of the wrong type for each kind of attribute (lists and objects: a scalar).
WRONG = {
    ("scalar", ("string", None)): [1, True, 1.5, b"x", [], {}],
    ("scalar", ("integer", "int64")): ["1", True, 1.0, 2**63, [], {}],
    ("scalar", ("integer", "int32")): ["1", False, 2.5, 2**31, [], {}],
    ("scalar", ("boolean", None)): [0, 1, "true", 1.0, [], {}],
}


def wrong_values(attr_kind):
    what = attr_kind[0]
    if what == "scalar":
        return WRONG[attr_kind]
    if what == "enum":
        return ["", "kBogus", 1, True, [], {}]
    if what == "list":
        return ["x", 1, {}, True]
    return ["x", 1, [], True]


@st.composite
def payload_with_one_wrong_value(draw):
    """A valid payload with one value, at any depth, replaced by a wrong one.

    Returns the payload and the key path of the wrong value.
    """
    model = draw(st.sampled_from(MODEL_NAMES))
    payload = draw(payloads(model))
    path = []
    node, node_model = payload, model
    while True:
        attrs = MODELS[node_model]["attributes"]
        attr = draw(st.sampled_from(attrs))
        attr_kind = kind(attr)
        current = node.get(attr["key"])
        what, detail = attr_kind
        descend = draw(st.booleans())
        if descend and what == "model" and isinstance(current, dict):
            path.append(attr["key"])
            node, node_model = current, detail
            continue
        if descend and what == "list" and detail[0] == "model" and current:
            index = draw(st.integers(0, len(current) - 1))
            path += [attr["key"], index]
            node, node_model = current[index], detail[1]
            continue
        if what == "list" and current and draw(st.booleans()):
            index = draw(st.integers(0, len(current) - 1))
            item_kind = detail if detail[0] != "model" else ("model", detail[1])
            current[index] = draw(st.sampled_from([*wrong_values(item_kind), None]))
            return model, payload, [*path, attr["key"], index]
        node[attr["key"]] = draw(st.sampled_from(wrong_values(attr_kind)))
        return model, payload, [*path, attr["key"]]


def messages_at(messages, path):
    for step in path:
        messages = messages[step]
    return messages


@given(payload_with_one_wrong_value())
def test_a_wrong_type_anywhere_is_reported_at_its_key_path(case):
    model, payload, path = case
    before = copy.deepcopy(payload)

    with pytest.raises(ValidationError) as caught:
        schema_class(model)().load(payload)

    messages = messages_at(caught.value.messages, path)
    assert isinstance(messages, list)
    assert len(messages) == 1
    assert messages[0].endswith(".")
    assert payload == before


@given(payload_with_one_wrong_value())
def test_only_one_error_for_one_wrong_value(case):
    model, payload, path = case

    with pytest.raises(ValidationError) as caught:
        schema_class(model)().load(payload)

    def leaves(tree, prefix):
        if isinstance(tree, list):
            yield prefix
            return
        for key, sub in tree.items():
            yield from leaves(sub, [*prefix, key])

    assert list(leaves(caught.value.messages, [])) == [path]


@given(st.sampled_from(MODEL_NAMES), json_values, st.sampled_from([None, INCLUDE]))
def test_any_json_value_gives_a_model_or_a_validation_error(model, value, mode):
    try:
        schema_class(model)().load(value, unknown=mode)
    except ValidationError as error:
        assert error.messages


@given(st.sampled_from(MODEL_NAMES), st.binary(max_size=40) | st.text(max_size=40))
def test_any_text_given_to_loads_gives_a_model_or_a_validation_error(model, text):
    try:
        schema_class(model)().loads(text)
    except ValidationError as error:
        assert error.messages


def test_unknown_key_at_depth_four_is_named_with_its_path():
    payload = {"vmGroups": [{"vms": [{"nodePorts": [{"port": 1, "secretPort": 2}]}]}]}

    with pytest.raises(ValidationError) as caught:
        AppInstanceSchema().load(payload)

    assert caught.value.messages == {
        "vmGroups": {
            0: {"vms": {0: {"nodePorts": {0: {"secretPort": ["Unknown field."]}}}}}
        }
    }


def test_valid_data_holds_what_was_valid():
    payload = {"appName": "demo", "appUid": "7", "vmGroups": [{"name": "g", "vms": 3}]}

    with pytest.raises(ValidationError) as caught:
        AppInstanceSchema().load(payload)

    assert caught.value.messages == {
        "appUid": ["Not a valid integer."],
        "vmGroups": {0: {"vms": ["Not a valid list."]}},
    }
    assert caught.value.valid_data == {"app_name": "demo", "vm_groups": [{"name": "g"}]}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Not valid JSON: Expecting value."),
        ("   ", "Not valid JSON: Expecting value."),
        ("{", "Not valid JSON: Expecting property name enclosed in double quotes."),
        (
            "{'appName': 1}",
            "Not valid JSON: Expecting property name enclosed in double quotes.",
        ),
        ('{"appName": "x"} trailing', "Not valid JSON: Extra data."),
        ("NaN", None),
    ],
)
def test_text_that_is_not_json_is_a_validation_error(text, message):
    with pytest.raises(ValidationError) as caught:
        AppInstanceSchema().loads(text)

    if message is None:  # JSON accepts NaN; the schema then refuses a number.
        assert caught.value.messages == {"_schema": ["Invalid input type."]}
    else:
        assert caught.value.messages == {"_schema": [message]}


@pytest.mark.parametrize("opening", ["[", '{"a":'])
def test_json_nested_a_hundred_thousand_levels_is_a_validation_error(opening):
    with pytest.raises(ValidationError) as caught:
        AppInstanceSchema().loads(opening * 100_000)

    assert caught.value.messages == {"_schema": ["Nested too deeply."]}


def test_deep_unknown_value_in_pass_through_mode_is_a_validation_error():
    deep = current = {}
    for _ in range(100_000):
        current["a"] = {}
        current = current["a"]

    with pytest.raises(ValidationError) as caught:
        AppInstanceSchema().load({"newKey": deep}, unknown=INCLUDE)

    assert caught.value.messages == {"_schema": ["Nested too deeply."]}


def test_loads_of_bytes_works_and_of_a_number_is_a_validation_error():
    assert AppInstanceSchema().loads(b'{"appName": "x"}').app_name == "x"
    with pytest.raises(ValidationError) as caught:
        AppInstanceSchema().loads(12)
    assert caught.value.messages == {"_schema": ["Not valid JSON: not text."]}


def test_errors_from_many_are_keyed_by_index():
    with pytest.raises(ValidationError) as caught:
        AppInstanceSchema().loads(json.dumps([{}, {"appName": 1}, {"x": 1}]), many=True)

    assert caught.value.messages == {
        1: {"appName": ["Not a valid string."]},
        2: {"x": ["Unknown field."]},
    }
