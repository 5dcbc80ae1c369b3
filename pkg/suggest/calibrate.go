package suggest

import "math"

// The calibration stage turns an answer's score into a confidence a user
// can act on: the chance that the answer is right. A logistic model reads
// four signals of the answer; its weights were fitted on the development
// sets that are least tuned (en2, hinglish2, dev3_*) and checked on the
// blind sets, where answers at or above SureThreshold are right at least
// 95 % of the time. Refit them (and re-check the blind sets' calibration
// test) whenever scoring changes.

// signals are the measures of an answer that say how far to trust it.
type signals struct {
	top, second    float64 // this answer's score, and the best other answer's
	qcover, rcover float64 // how much of the question, and of the answer's best rule, its best rule shares
}

// signals returns the signals of the i-th answer. The rival is the best
// other answer among all candidates, however many are shown: -n 1 must not
// make the first one look surer.
func (r ranking) signals(i int) signals {
	c := r.cands[i]
	s := signals{top: c.score, qcover: c.qcover, rcover: c.rcover}
	switch {
	case i == 0 && len(r.cands) > 1:
		s.second = r.cands[1].score
	case i > 0:
		s.second = r.cands[0].score
	}
	return s
}

// confidence is the chance that the i-th answer is right, to two places.
func (r ranking) confidence(i int) float64 {
	return math.Round(r.signals(i).chance()*100) / 100
}

// The fitted weights.
const (
	calBias   = -0.875
	calScore  = 0.736 // per unit of log(score)
	calMargin = 1.72  // per unit of log(score / rival), capped at maxMargin
	calQCover = 0.14
	calRCover = 0.433
	maxMargin = 3.0
)

// chance is the probability that an answer with these signals is right.
func (s signals) chance() float64 {
	if s.top <= 0 {
		return 0
	}
	margin := maxMargin
	if s.second > 0 {
		margin = min(math.Log(s.top/s.second), maxMargin)
	}
	z := calBias + calScore*math.Log(s.top) + calMargin*margin + calQCover*s.qcover + calRCover*s.rcover
	return 1 / (1 + math.Exp(-z))
}
