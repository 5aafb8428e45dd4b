"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L5H5
label: token sink
source: offline search (seed 0), fitted for L5H5; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L5H5", label="token sink")
def L5H5(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.574 * (k == q) + 725.0 * (k == 0) + 1.38 * (k < q and token(k) == token(q)) + 1.33 * (k < q and lower(k) == lower(q)) + 0.0152 * (k >= sentence_start(q)) + 326.0 * ((k == 0) * decay(q, 32.0)) + 31.1 * (k == 0 and is_word_start(q)) + 0.187 * (k == q - 1 and is_function_word(q)) + 2.14 * table(word_class(k), 0.0367, 0.0191, 0.0779, 0.0756, 0.0839, 0.0502, 0.586, 0.121, 0.0724, 0.32, 0.459, 0.0319, 0.142) + 7.65 * ((k == 0) * table(word_class(q), 0.589, 1.82, 4.61, 2.32, 4.65, 3.34, 3.81, 5.05, 6.57, 5.04, 0.404, 0.535, 1.85)) + 9.27 * ((k == q) * table(word_class(q), 0.0806, 0.132, 0.597, 0.55, 0.161, 1.63, 0.414, 0.322, 0.512, 5.88, 27.8, 0.215, 6.61)) + 0.177 * ((k == q - 1) * table(word_class(q), 0.102, 0.146, 0.316, 0.355, 0.15, 0.324, 0.27, 0.377, 0.324, 0.263, 393.0, 0.213, 4.38)) + 55.1 * (token(k) == 260) + 231.0 * (token(k) == 260 and count(k) == 1) + 1.8 * (token(k) == 216) + 38.4 * (token(k) == 216 and count(k) == 1)
