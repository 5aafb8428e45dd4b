"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L11H3
label: explanation ladder
source: ladder of L11H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3363 rung2_heldout_iou=0.4546 rung3_heldout_iou=0.4820 rung5_heldout_iou=0.5095 rung8_heldout_iou=0.5170 full_heldout_iou=0.5254 uniform_heldout_iou=0.2765
"""


@program(normalize="weights", fallback="first", head="L11H3", label="1 term")
def L11H3_1(q, k):
    """Rung 1 of L11H3: local window. Held-out IoU 0.336"""
    return 0.544 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L11H3", label="2 terms")
def L11H3_2(q, k):
    """Rung 2 of L11H3: local window + word-class preference. Held-out IoU 0.455. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0111, 0.0101, 0.36, 0.11, 0.024, 0.263, 0.745, 0.0392, 0.722, 2.38, 0.0135, 0.0208, 1.71)
    return key_class + 1.13 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L11H3", label="3 terms")
def L11H3_3(q, k):
    """Rung 3 of L11H3: local window + word-class preference + previous token. Held-out IoU 0.482. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0114, 0.0101, 0.367, 0.117, 0.0245, 0.287, 0.751, 0.0411, 0.78, 2.41, 0.0136, 0.0215, 1.54)
    prev_by_class = table(word_class(q), 0.621, 5.46, 3.64, 2.54, 0.476, 3.26, 0.0629, 0.186, 1.67, 0.0452, 8.66, 0.452, 0.189)
    return key_class + (k == q - 1) * prev_by_class + 0.866 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L11H3", label="5 terms")
def L11H3_5(q, k):
    """Rung 5 of L11H3: local window + word-class preference + previous token + current token + token sink ','. Held-out IoU 0.509. Token sinks: first ','. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0118, 0.0103, 0.392, 0.138, 0.0248, 0.298, 0.763, 0.0389, 0.415, 2.66, 0.0137, 0.0281, 1.74)
    self_by_class = table(word_class(q), 0.0296, 0.0642, 4.36, 1.19, 1.36, 8.14, 3.69, 2.37, 4.7, 0.104, 2.2, 0.838, 0.118)
    prev_by_class = table(word_class(q), 0.628, 6.06, 6.04, 3.62, 0.484, 7.26, 0.14, 0.188, 3.62, 0.0456, 12.1, 0.456, 0.178)
    return key_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.768 * decay(q - k, 3.0) + 1.33 * (token(k) == 28 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L11H3", label="8 terms")
def L11H3_8(q, k):
    """Rung 8 of L11H3: local window + word-class preference + previous token + current token + token sink ',' + token sink '.' + word start + punctuation. Held-out IoU 0.517. Token sinks: first ','; first '.'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0118, 0.0105, 0.421, 0.135, 0.0248, 0.293, 0.73, 0.0383, 0.292, 1.82, 0.0135, 0.0284, 1.77)
    self_by_class = table(word_class(q), 0.0607, 0.107, 4.49, 1.69, 1.45, 8.81, 3.81, 4.08, 5.2, 0.0769, 2.45, 0.894, 0.121)
    prev_by_class = table(word_class(q), 0.579, 6.24, 5.12, 3.73, 0.466, 7.14, 0.138, 0.189, 3.21, 0.0444, 13.9, 0.446, 0.192)
    return key_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.595 * (k == last(is_punct, q)) + 0.834 * (k == last(is_word_start, q)) + 0.887 * decay(q - k, 3.0) + 1.41 * (token(k) == 28 and count(k) == 1) + 2.57 * (token(k) == 30 and count(k) == 1)
