"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L26H1
label: first token
source: offline search (seed 0), fitted for L26H1; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L26H1", label="first token")
def L26H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 4.2 * (k == q) + 0.96 * (k == q - 2) + 232.0 * (k == 0) + 0.0779 * (k == last(is_punct, q)) + 0.0414 * (k == last(is_punct, q) + 1) + 0.809 * (k >= sentence_start(q)) + 2.01 * decay(q - k, 1.0) + 1.55 * decay(q - k, 3.0) + 2.73 * ((k == 0) * decay(q, 32.0)) + 69.3 * (k == 0 and is_word_start(q)) + 0.0869 * (k == q and is_word_start(q)) + 0.444 * (k == 0 and is_function_word(q)) + 0.665 * table(word_class(k), 0.533, 0.33, 0.732, 1.25, 0.202, 0.217, 0.188, 0.743, 0.105, 0.885, 0.454, 0.562, 0.175) + 4.93 * ((k == 0) * table(word_class(q), 3.91, 3.63, 1.9, 2.14, 2.63, 1.11, 1.87, 0.826, 1.59, 0.368, 4.16, 3.96, 0.348)) + 8.59 * ((k == q) * table(word_class(q), 0.772, 0.43, 1.39, 0.528, 0.98, 2.58, 0.806, 0.81, 1.24, 7.76, 0.29, 0.363, 4.97)) + 10.1 * ((k == q - 1) * table(word_class(q), 0.49, 0.282, 0.343, 0.385, 0.343, 5.03, 0.394, 0.885, 1.04, 3.82, 0.277, 0.312, 5.09))
