"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L21H8
label: explanation ladder
source: ladder of L21H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.7387 rung2_heldout_iou=0.7527 rung5_heldout_iou=0.7557 rung8_heldout_iou=0.7560 full_heldout_iou=0.7580 uniform_heldout_iou=0.1077
"""


@program(normalize="weights", fallback="first", head="L21H8", label="1 term")
def L21H8_1(q, k):
    """Rung 1 of L21H8: first token (sink). Held-out IoU 0.739"""
    return 299.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L21H8", label="2 terms")
def L21H8_2(q, k):
    """Rung 2 of L21H8: first token (sink) + word-class preference. Held-out IoU 0.753. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.294, 1.57, 0.074, 0.154, 0.11, 0.13, 0.0941, 0.157, 0.126, 0.726, 0.102, 1.09, 0.69)
    return key_class + 241.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L21H8", label="5 terms")
def L21H8_5(q, k):
    """Rung 5 of L21H8: first token (sink) + word-class preference + current token + first token (sink) + local window. Held-out IoU 0.756. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.278, 1.55, 0.0741, 0.154, 0.11, 0.13, 0.0944, 0.157, 0.126, 0.734, 0.102, 1.08, 0.694)
    return key_class + 0.511 * (k == q) + 282.0 * (k == 0) + 0.234 * decay(q - k, 1.0) + 46.5 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L21H8", label="8 terms")
def L21H8_8(q, k):
    """Rung 8 of L21H8: first token (sink) + word-class preference + current token + first token (sink) + local window + induction + local window + first token (sink). Held-out IoU 0.756. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.277, 1.56, 0.074, 0.154, 0.11, 0.13, 0.0943, 0.157, 0.126, 0.735, 0.102, 1.09, 0.695)
    return key_class + 0.514 * (k == q) + 281.0 * (k == 0) + 0.233 * decay(q - k, 1.0) + 0.0638 * decay(q - k, 3.0) + 39.5 * ((k == 0) * decay(q, 32.0)) + 46.5 * (k == 0 and is_word_start(q)) + 1.35 * (k == prev_occurrence(q) + 1)
