"""A brief must not depend on the interpreter's hash seed: `build -j N` runs N processes."""

from __future__ import annotations

import os
import subprocess
import sys

_PROBE = """
from briefing.builder.sentences import split_sentences
from briefing.builder.title import _central_stems
pairs = [(f"alpha{chr(97 + i)}word", f"omega{chr(97 + i)}word") for i in range(10)]
# each sentence, said twice, brings two new words: 20 stems tie for the 11 places left after "met"
text = " ".join(f"The {a} met the {b}." for a, b in pairs * 2)
print(sorted(_central_stems(text, split_sentences(text))))
"""


def test_central_stems_do_not_depend_on_the_hash_seed() -> None:
    seen = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True
        )
        seen.add(run.stdout)
    assert len(seen) == 1, seen
