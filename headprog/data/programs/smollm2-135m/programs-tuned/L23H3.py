"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H3
label: first token
source: offline search (seed 0), fitted for L23H3; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L23H3", label="first token")
def L23H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.876 * (k == q - 2) + 152.0 * (k == 0) + 0.0383 * (k == last(is_punct, q) + 1) + 0.0757 * (k == last(is_capitalized, q)) + 1.07 * (k >= sentence_start(q)) + 5.3 * decay(q - k, 3.0) + 0.0226 * (k == 1) + 1.53 * ((k == 0) * decay(q, 32.0)) + 6.1 * (k == 0 and is_word_start(q)) + 0.565 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 1.02 * (k == last(is_function_word, q)) + 0.778 * (k == last(is_function_word, q) + 1) + 1.05 * table(word_class(k), 0.243, 0.232, 0.382, 0.179, 0.148, 0.245, 0.481, 0.339, 0.223, 1.48, 0.0602, 0.205, 0.107) + 0.698 * ((k == 0) * table(word_class(q), 3.9, 5.72, 0.381, 0.893, 0.682, 0.299, 0.898, 0.495, 1.13, 0.319, 4.09, 4.74, 1.97)) + 2.28 * ((k == q) * table(word_class(q), 9.62, 0.478, 2.26, 0.558, 0.327, 2.8, 3.53, 2.14, 2.02, 4.78, 0.401, 2.41, 0.409)) + 1.49 * ((k == q - 1) * table(word_class(q), 0.287, 0.231, 1.87, 0.879, 4.27, 379.0, 1.85, 0.947, 21.1, 1.81, 0.276, 0.257, 0.316))
