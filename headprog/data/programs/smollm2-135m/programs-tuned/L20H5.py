"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H5
label: first token
source: offline search (seed 0), fitted for L20H5; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L20H5", label="first token")
def L20H5(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 1.03 * (k == q - 1) + 0.599 * (k == q - 2) + 258.0 * (k == 0) + 2.42 * (k == last(is_word_start, q)) + 4.05 * (prev_token(k) == token(q)) + 0.884 * (k >= sentence_start(q)) + 0.291 * is_sentence_end(k) + 2.65 * decay(q - k, 3.0) + 0.503 * decay(q - k, 10.0) + 5.36 * ((k == 0) * decay(q, 32.0)) + 18.9 * (k == 0 and is_word_start(q)) + 11.3 * (k == prev_occurrence(q) + 1) + 2.46 * table(word_class(k), 0.18, 0.265, 0.0551, 0.111, 0.0828, 0.0773, 0.0857, 0.23, 0.0507, 0.0538, 0.2, 0.189, 0.105) + 0.221 * ((k == 0) * table(word_class(q), 6.73, 3.2, 3.3, 2.29, 3.1, 0.313, 2.37, 1.52, 1.35, 3.62, 3.29, 2.86, 2.92)) + 2.88 * ((k == q) * table(word_class(q), 1.67, 1.04, 0.397, 0.563, 0.511, 7.9, 0.608, 1.69, 2.41, 0.276, 0.655, 1.81, 0.332)) + 2.45 * ((k == q - 1) * table(word_class(q), 0.21, 0.335, 0.28, 0.344, 0.43, 269.0, 0.377, 0.608, 13.8, 0.269, 0.301, 0.304, 0.311))
