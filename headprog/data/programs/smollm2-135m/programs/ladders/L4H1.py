"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L4H1
label: explanation ladder
source: ladder of L4H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3325 rung2_heldout_iou=0.4365 rung3_heldout_iou=0.4506 rung5_heldout_iou=0.4784 rung8_heldout_iou=0.4910 full_heldout_iou=0.5005 uniform_heldout_iou=0.2999
"""


@program(normalize="weights", fallback="first", head="L4H1", label="1 term")
def L4H1_1(q, k):
    """Rung 1 of L4H1: word-class preference. Held-out IoU 0.333. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.337, 0.251, 0.97, 0.332, 0.125, 0.148, 0.284, 0.0352, 0.186, 0.792, 0.0991, 0.763, 0.319)
    return key_class


@program(normalize="weights", fallback="first", head="L4H1", label="2 terms")
def L4H1_2(q, k):
    """Rung 2 of L4H1: word-class preference + first token (sink). Held-out IoU 0.436. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.329, 0.434, 0.553, 0.144, 0.136, 0.134, 0.318, 0.0501, 0.2, 0.623, 0.116, 0.264, 0.319)
    return key_class + 6.34 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L4H1", label="3 terms")
def L4H1_3(q, k):
    """Rung 3 of L4H1: word-class preference + first token (sink) + token sink ' the'. Held-out IoU 0.451. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.375, 0.465, 0.186, 0.154, 0.173, 0.162, 0.377, 0.0631, 0.235, 0.822, 0.16, 0.316, 0.335)
    return key_class + 7.17 * ((k == 0) * decay(q, 32.0)) + 3.25 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L4H1", label="5 terms")
def L4H1_5(q, k):
    """Rung 5 of L4H1: word-class preference + first token (sink) + token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.478. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.41, 0.641, 0.216, 0.178, 0.192, 0.191, 0.4, 0.0671, 0.259, 0.877, 0.183, 0.373, 0.337)
    first_by_class = table(word_class(q), 0.0681, 8.72, 1.86, 2.73, 6.27, 6.01, 0.432, 4.17, 9.22, 4.66, 0.287, 0.152, 2.01)
    return key_class + (k == 0) * first_by_class + 5.78 * ((k == 0) * decay(q, 32.0)) + 3.62 * (token(k) == 260) + 5.07 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L4H1", label="8 terms")
def L4H1_8(q, k):
    """Rung 8 of L4H1: word-class preference + first token (sink) + token sink ' the' + first token (sink) + token sink ' ' + current token + word-class preference + first token (sink). Held-out IoU 0.491. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.28, 0.572, 0.171, 0.19, 0.186, 0.184, 0.408, 0.0711, 0.261, 0.915, 0.126, 0.297, 0.34)
    first_by_class = table(word_class(q), 0.0682, 9.21, 1.85, 2.7, 6.41, 5.97, 0.429, 4.16, 9.7, 4.58, 0.288, 0.151, 2.01)
    return key_class + (k == 0) * first_by_class + 0.705 * (k == q) + 6.28 * ((k == 0) * decay(q, 32.0)) + 0.838 * (k == 0 and is_word_start(q)) + 0.407 * (k < q and word_class(k) == word_class(q)) + 3.86 * (token(k) == 260) + 5.32 * (token(k) == 216 and count(k) == 1)
