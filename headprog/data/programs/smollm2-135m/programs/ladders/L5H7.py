"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L5H7
label: explanation ladder
source: ladder of L5H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4026 rung2_heldout_iou=0.4592 rung3_heldout_iou=0.4982 rung5_heldout_iou=0.5550 rung8_heldout_iou=0.5669 full_heldout_iou=0.5703 uniform_heldout_iou=0.1546
"""


@program(normalize="weights", fallback="first", head="L5H7", label="1 term")
def L5H7_1(q, k):
    """Rung 1 of L5H7: token sink ' the'. Held-out IoU 0.403. Token sinks: sink ' the'"""
    return 19.8 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L5H7", label="2 terms")
def L5H7_2(q, k):
    """Rung 2 of L5H7: token sink ' the' + first token (sink). Held-out IoU 0.459. Token sinks: sink ' the'"""
    return 16.3 * (k == 0) + 22.9 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L5H7", label="3 terms")
def L5H7_3(q, k):
    """Rung 3 of L5H7: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.498. Token sinks: first ' '; sink ' the'"""
    return 19.0 * (k == 0) + 27.8 * (token(k) == 260) + 30.3 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L5H7", label="5 terms")
def L5H7_5(q, k):
    """Rung 5 of L5H7: token sink ' the' + first token (sink) + token sink ' ' + previous token + current token. Held-out IoU 0.555. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 1.64, 0.138, 3.88, 8.12, 3.94, 1.5, 6.75, 3.63, 1.62, 0.421, 0.131, 0.133, 0.518)
    return (k == q) * self_by_class + 19.8 * (k == 0) + 16.5 * (k == q - 1 and is_function_word(q)) + 28.3 * (token(k) == 260) + 29.5 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L5H7", label="8 terms")
def L5H7_8(q, k):
    """Rung 8 of L5H7: token sink ' the' + first token (sink) + token sink ' ' + previous token + current token + previous token + sentence start + first token (sink). Held-out IoU 0.567. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 1.05, 0.138, 3.86, 7.66, 4.37, 1.28, 6.48, 3.6, 0.95, 0.421, 0.0593, 0.069, 0.521)
    prev_by_class = table(word_class(q), 2.48, 1.73, 0.18, 2.06, 17.3, 0.0816, 0.155, 4.15, 0.417, 0.0654, 1.47, 0.14, 1.55)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 17.9 * (k == 0) + 0.142 * (k >= sentence_start(q)) + 2.64 * (k == 0 and is_word_start(q)) + 10.6 * (k == q - 1 and is_function_word(q)) + 28.4 * (token(k) == 260) + 29.8 * (token(k) == 216 and count(k) == 1)
