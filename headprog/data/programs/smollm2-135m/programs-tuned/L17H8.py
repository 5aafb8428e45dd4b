"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H8
label: mixed
source: offline search (seed 0), fitted for L17H8; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L17H8", label="mixed")
def L17H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 213.0 * (k == q - 1) + 87.2 * (k == q - 2) + 245.0 * (k == 0) + 0.0237 * (prev_token(k) == token(q)) + 0.0111 * (k >= sentence_start(q)) + 24.5 * decay(q - k, 3.0) + 0.00992 * decay(q - k, 10.0) + 1.41 * ((k == 0) * decay(q, 32.0)) + 0.269 * (k == 0 and is_word_start(q)) + 0.0963 * (k == prev_occurrence(q) + 1) + 0.00384 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.446 * (k == 0 and is_function_word(q)) + 0.151 * table(word_class(k), 0.0317, 0.0595, 0.0535, 0.108, 0.0495, 0.0975, 0.107, 0.232, 0.0809, 0.22, 0.0544, 0.0565, 0.182) + 3.58 * ((k == 0) * table(word_class(q), 0.421, 6.59, 0.323, 0.281, 5.81, 2.67, 0.283, 0.29, 6.15, 5.11, 3.34, 5.38, 0.275)) + 9.44 * ((k == q) * table(word_class(q), 5.98, 5.74, 2.99, 4.56, 0.292, 0.28, 5.3, 4.67, 0.279, 5.05, 5.17, 3.77, 5.13)) + 2.99 * ((k == q - 1) * table(word_class(q), 10.1, 0.286, 5.36, 5.44, 0.33, 5.43, 5.61, 0.291, 5.41, 0.324, 0.305, 1.69, 5.25))
