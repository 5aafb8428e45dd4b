"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H8
label: first token
source: offline search (seed 0), fitted for L24H8; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L24H8", label="first token")
def L24H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.0362 * (k == q - 2) + 596.0 * (k == 0) + 0.0524 * (k >= sentence_start(q)) + 3.33 * is_punct(k) + 0.448 * is_sentence_end(k) + 1.51 * decay(q - k, 1.0) + 0.423 * decay(q - k, 3.0) + 0.451 * ((k == 0) * decay(q, 32.0)) + 5.75 * (k == 0 and is_word_start(q)) + 0.0589 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 1.09 * (k == last(is_function_word, q) + 1) + 41.0 * (k == 0 and is_function_word(q)) + 0.318 * table(word_class(k), 0.0673, 0.0741, 0.638, 0.523, 0.199, 2.56, 0.787, 0.955, 0.562, 3.43, 0.0918, 0.061, 1.81) + 1.21 * ((k == 0) * table(word_class(q), 1.35, 1.98, 3.79, 2.62, 1.72, 2.69, 2.42, 0.863, 2.31, 0.594, 1.22, 2.91, 3.12)) + 10.2 * ((k == q) * table(word_class(q), 0.201, 0.357, 0.397, 0.487, 0.406, 1.62, 1.33, 2.19, 1.91, 6.37, 0.856, 0.688, 4.75)) + 9.37 * ((k == q - 1) * table(word_class(q), 0.722, 0.304, 0.258, 0.5, 0.338, 0.377, 0.348, 2.64, 0.318, 0.382, 0.879, 1.03, 0.344))
