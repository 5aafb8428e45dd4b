"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H1
label: first token
source: offline search (seed 0), fitted for L23H1; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L23H1", label="first token")
def L23H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 3.76 * (k == q - 2) + 333.0 * (k == 0) + 0.0548 * (k == last(is_punct, q) + 1) + 6.84 * (k == last(is_capitalized, q)) + 3.02 * (k >= sentence_start(q)) + 2.77 * decay(q - k, 3.0) + 10.5 * (k == 1) + 0.536 * ((k == 0) * decay(q, 32.0)) + 8.47 * (k == 0 and is_word_start(q)) + 0.103 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.0504 * (k == last(is_function_word, q)) + 4.48 * (k == last(is_function_word, q) + 1) + 2.47 * table(word_class(k), 0.747, 4.28, 0.0742, 0.128, 0.0676, 0.115, 0.0781, 0.23, 0.09, 0.383, 0.0586, 2.59, 0.212) + 1.28 * ((k == 0) * table(word_class(q), 5.93, 3.68, 1.42, 3.53, 1.25, 2.48, 2.8, 1.65, 2.69, 0.34, 3.36, 3.35, 0.882)) + 9.66 * ((k == q) * table(word_class(q), 1.16, 0.996, 0.34, 0.31, 0.36, 0.374, 0.404, 0.381, 0.435, 5.06, 0.373, 0.857, 1.53)) + 4.3 * ((k == q - 1) * table(word_class(q), 0.296, 0.439, 0.434, 0.337, 0.736, 1.52, 0.703, 0.698, 1.02, 5.24, 0.331, 0.352, 2.14))
