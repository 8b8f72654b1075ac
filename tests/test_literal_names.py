"""find_names finds what the per-article regex alternation it replaced found."""
import random
import re

from stancegraph.loaders.extract.literal import find_names


def _regex(text, names):
    pattern = re.compile(r"(?<![\w\-.])(" + "|".join(re.escape(n) for n in names) + r")(?![\w\-])")
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def test_whole_words_in_order_given():
    text = "Mr Cable met Vince Cable-Smith and U.S. officials; Cable's aides and the Cable said no."
    names = ["Cable's", "Cable", "S."]
    found = list(find_names(text, names))
    assert [n for _, _, n in found] == ["Cable", "Cable's", "Cable"]  # not "Cable-Smith", not "U.S."
    assert found == _regex(text, names)


def test_same_as_regex_on_random_text():
    rng = random.Random(13)
    alphabet = "ab. -_'\nAé"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        names = list(dict.fromkeys("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
                                   for _ in range(rng.randint(1, 5))))
        assert list(find_names(text, names)) == _regex(text, names), (text, names)
