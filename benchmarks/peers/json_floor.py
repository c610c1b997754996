"""The floor: decoding and encoding the payloads' JSON text, with no models at all.

Its load is ``json.loads`` of the text of all the payloads, its dump ``json.dumps``
of the decoded list. No model layer can load faster than the text decodes.
"""

from __future__ import annotations

import json

from peers import Implementation


def build() -> Implementation:
    return Implementation(
        name="json.loads / json.dumps (floor)",
        load=json.loads,
        dump=json.dumps,
        prepare=json.dumps,
        to_payloads=json.loads,
        note="load is `json.loads(text)`, dump is `json.dumps(decoded)`; stdlib json",
    )
