"""The pkuseg model, found offline and converted once into a per-user cache; spaCy's Chinese tokenizer over it.

spacy-pkuseg's own default model downloads from a web host, which is not reachable here. The wheel of
pkuseg 0.0.12 on PyPI carries a model trained on CTB8 as plain text files; spacy-pkuseg reads that old format
and converts it (features.msgpack, weights.npz) into the folder it loads from, which takes about 8 s. We copy
the model into a cache folder once so the conversion lands there and later runs load in about 2 s. The features
(a dictionary of 1.6 million entries) are then kept as a pickle, which spacy-pkuseg also reads: 1.7 s to load
against 2.5 s for its msgpack, paid by every build.
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import pickle
import shutil
from pathlib import Path

import srsly
from spacy.lang.zh import ChineseTokenizer
from spacy.tokens import Doc
from spacy.util import registry

from ..errors import KgError
from ..usercache import cache_dir
from .candidates import TEXT_KEY

MODEL_PACKAGE = "pkuseg"
MODEL_NAME = "ctb8"
FEATURES = "features.pkl"  # spacy-pkuseg's second choice of feature file, after features.msgpack


def model_source() -> Path:
    """The model folder inside the installed pkuseg wheel, located without importing the package."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise KgError("the segmentation model is missing: install the 'pkuseg==0.0.12' package (pip install .)")
    folder = Path(next(iter(spec.submodule_search_locations))) / "models" / MODEL_NAME
    if not (folder / "model.txt").is_file():
        raise KgError(f"the segmentation model is missing from {folder}")
    return folder


def cached_model() -> Path:
    """A converted copy of the CTB8 model in the user cache, made on first use."""
    target = cache_dir() / f"pkuseg-{MODEL_NAME}"
    if (target / "weights.npz").is_file() and (target / FEATURES).is_file():
        return target
    staging = target.with_name(target.name + f".tmp{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(model_source(), staging, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    _convert(staging)
    shutil.rmtree(target, ignore_errors=True)
    os.replace(staging, target)  # another process may have raced us: the last complete copy wins
    return target


def _convert(folder: Path) -> None:
    """Load once through spacy-pkuseg, which writes its own format beside the old files; keep the features as a
    pickle instead of its msgpack (spacy-pkuseg reads the pickle when there is no msgpack)."""
    import spacy_pkuseg

    with quiet_fallbacks():
        spacy_pkuseg.pkuseg(str(folder), user_dict=None)
    msgpack = folder / "features.msgpack"
    with (folder / FEATURES).open("wb") as out:
        pickle.dump(srsly.read_msgpack(msgpack), out, protocol=pickle.HIGHEST_PROTOCOL)
    msgpack.unlink()


def quiet_fallbacks() -> contextlib.AbstractContextManager:
    """spacy-pkuseg reports on stderr each model format it looks for and does not find (features.msgpack before
    the features.pkl kg keeps): expected here, and no message for the user."""
    return contextlib.redirect_stderr(io.StringIO())


class TextKeepingTokenizer(ChineseTokenizer):
    """spaCy's Chinese tokenizer that also keeps each sentence's text in its Doc: Doc.text would make a Python
    object per token to join them again, and the first recogniser needs the text of every sentence."""

    def __call__(self, text: str) -> Doc:
        doc = super().__call__(text)
        doc.user_data[TEXT_KEY] = text
        return doc


@registry.tokenizers("kg.ChineseTokenizer")
def create_tokenizer(segmenter: str = "pkuseg"):
    def tokenizer_factory(nlp):
        return TextKeepingTokenizer(nlp.vocab, segmenter=segmenter)

    return tokenizer_factory
