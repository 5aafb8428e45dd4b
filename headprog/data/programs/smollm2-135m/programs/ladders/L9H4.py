"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L9H4
label: explanation ladder
source: ladder of L9H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3143 rung2_heldout_iou=0.4506 rung3_heldout_iou=0.4793 rung5_heldout_iou=0.4858 rung8_heldout_iou=0.4903 full_heldout_iou=0.4974 uniform_heldout_iou=0.2735
"""


@program(normalize="weights", fallback="first", head="L9H4", label="1 term")
def L9H4_1(q, k):
    """Rung 1 of L9H4: local window. Held-out IoU 0.314"""
    return 2.1 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L9H4", label="2 terms")
def L9H4_2(q, k):
    """Rung 2 of L9H4: local window + first token (sink). Held-out IoU 0.451"""
    return 13.7 * (k == 0) + 2.53 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L9H4", label="3 terms")
def L9H4_3(q, k):
    """Rung 3 of L9H4: local window + first token (sink) + token sink ' the'. Held-out IoU 0.479. Token sinks: sink ' the'"""
    return 17.3 * (k == 0) + 2.8 * decay(q - k, 10.0) + 10.4 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L9H4", label="5 terms")
def L9H4_5(q, k):
    """Rung 5 of L9H4: local window + first token (sink) + token sink ' the' + token sink ' ' + previous token. Held-out IoU 0.486. Token sinks: sink ' '; sink ' the'"""
    return 0.0245 * (k == q - 1) + 18.1 * (k == 0) + 2.62 * decay(q - k, 10.0) + 11.1 * (token(k) == 260) + 13.5 * (token(k) == 216)


@program(normalize="weights", fallback="first", head="L9H4", label="8 terms")
def L9H4_8(q, k):
    """Rung 8 of L9H4: local window + first token (sink) + token sink ' the' + token sink ' ' + previous token + first token (sink) + first token (sink) + local window. Held-out IoU 0.490. Token sinks: sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.075, 4.43, 3.31, 0.126, 4.31, 3.84, 0.292, 1.6, 4.69, 6.23, 0.0916, 3.22, 3.92)
    return (k == 0) * first_by_class + 0.0247 * (k == q - 1) + 2.63 * (k == q - 2) + 17.8 * (k == 0) + 2.74 * decay(q - k, 10.0) + 0.368 * (k == 0 and is_word_start(q)) + 13.3 * (token(k) == 260) + 15.5 * (token(k) == 216)
