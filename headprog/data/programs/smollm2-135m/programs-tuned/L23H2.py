"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H2
label: first token
source: offline search (seed 0), fitted for L23H2; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L23H2", label="first token")
def L23H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 2.21 * (k == q - 2) + 1850.0 * (k == 0) + 0.543 * (k == last(is_punct, q) + 1) + 2.71 * (k == last(is_capitalized, q)) + 1.0 * (k >= sentence_start(q)) + 1.19 * decay(q - k, 3.0) + 3.12 * (k == 1) + 1.59 * ((k == 0) * decay(q, 32.0)) + 20.4 * (k == 0 and is_word_start(q)) + 0.214 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.0705 * (k == last(is_function_word, q)) + 2.95 * (k == last(is_function_word, q) + 1) + 1.11 * table(word_class(k), 0.337, 0.935, 0.129, 0.185, 0.131, 0.168, 0.12, 0.32, 0.106, 0.299, 0.542, 0.837, 0.227) + 1.28 * ((k == 0) * table(word_class(q), 5.91, 3.29, 3.42, 2.93, 3.07, 2.19, 2.17, 1.29, 2.48, 0.396, 3.41, 3.43, 1.01)) + 9.64 * ((k == q) * table(word_class(q), 1.19, 0.625, 0.349, 0.36, 0.37, 0.787, 0.615, 0.848, 0.47, 4.92, 0.933, 0.598, 0.708)) + 0.603 * ((k == q - 1) * table(word_class(q), 0.297, 0.357, 0.308, 0.349, 0.426, 1.92, 0.492, 0.42, 0.729, 1.71, 0.401, 0.33, 0.605))
