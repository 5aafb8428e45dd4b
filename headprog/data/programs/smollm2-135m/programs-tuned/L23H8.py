"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H8
label: first token
source: offline search (seed 0), fitted for L23H8; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L23H8", label="first token")
def L23H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 3.44 * (k == q - 2) + 481.0 * (k == 0) + 2.44 * (k == last(is_punct, q) + 1) + 3.6 * (k == last(is_capitalized, q)) + 2.5 * (k >= sentence_start(q)) + 3.12 * decay(q - k, 3.0) + 0.186 * (k == 1) + 0.569 * ((k == 0) * decay(q, 32.0)) + 14.3 * (k == 0 and is_word_start(q)) + 0.912 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.0729 * (k == last(is_function_word, q)) + 0.681 * (k == last(is_function_word, q) + 1) + 1.6 * table(word_class(k), 0.724, 0.904, 0.175, 0.707, 0.157, 0.174, 0.158, 0.278, 0.0969, 0.536, 0.0658, 0.401, 0.289) + 0.526 * ((k == 0) * table(word_class(q), 4.7, 3.52, 2.32, 2.73, 2.3, 2.23, 1.57, 0.864, 2.59, 0.377, 3.72, 3.42, 0.313)) + 8.67 * ((k == q) * table(word_class(q), 2.37, 1.02, 0.42, 0.45, 0.632, 0.482, 1.86, 1.2, 0.423, 6.13, 0.313, 0.493, 5.36)) + 0.926 * ((k == q - 1) * table(word_class(q), 0.358, 0.376, 0.393, 0.451, 1.14, 1.29, 2.61, 1.74, 0.728, 5.66, 0.3, 0.327, 5.03))
