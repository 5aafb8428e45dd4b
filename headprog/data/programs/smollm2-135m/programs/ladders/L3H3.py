"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L3H3
label: explanation ladder
source: ladder of L3H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4752 rung2_heldout_iou=0.5508 rung3_heldout_iou=0.5968 rung5_heldout_iou=0.6731 full_heldout_iou=0.6774 uniform_heldout_iou=0.1363
"""


@program(normalize="weights", fallback="first", head="L3H3", label="1 term")
def L3H3_1(q, k):
    """Rung 1 of L3H3: token sink ' the'. Held-out IoU 0.475. Token sinks: sink ' the'"""
    return 20.6 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L3H3", label="2 terms")
def L3H3_2(q, k):
    """Rung 2 of L3H3: token sink ' the' + first token (sink). Held-out IoU 0.551. Token sinks: sink ' the'"""
    return 20.0 * (k == 0) + 23.9 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L3H3", label="3 terms")
def L3H3_3(q, k):
    """Rung 3 of L3H3: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.597. Token sinks: first ' '; sink ' the'"""
    return 21.8 * (k == 0) + 24.6 * (token(k) == 260) + 31.8 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L3H3", label="5 terms")
def L3H3_5(q, k):
    """Rung 5 of L3H3: token sink ' the' + first token (sink) + token sink ' ' + word-class preference + current token. Held-out IoU 0.673. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00907, 0.00367, 0.154, 0.0485, 0.0322, 0.358, 0.261, 0.0325, 0.601, 2.37, 0.0181, 0.00543, 1.89)
    self_by_class = table(word_class(q), 0.0853, 0.0396, 0.975, 0.56, 0.496, 5.69, 1.99, 0.112, 5.84, 15.2, 0.126, 0.165, 6.11)
    return key_class + (k == q) * self_by_class + 22.7 * (k == 0) + 27.2 * (token(k) == 260) + 30.0 * (token(k) == 216 and count(k) == 1)
