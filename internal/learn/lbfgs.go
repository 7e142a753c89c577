package learn

import "math"

// The full-batch fit: the minimum of the objective the stochastic steps
// descend (see sgd.step), found with L-BFGS. The objective is
//
//	sum_i w_i logloss(y_i, bias + sum_{f in i} v_f) + 1/2 sum_f lambda_f v_f^2,
//	lambda_f = l2 * W_f + prior,
//
// W_f the total example weight holding feature f: an epoch of sgd.step
// charges each feature l2 per unit of example weight and its share of the
// prior (priorShares) on each of its examples. The bias is not penalised.
// The objective is strictly convex in the weights (lambda_f > 0 wherever a
// feature is held by an example), so it has one minimum, whatever the
// order of the examples or a seed: a refit depends on the data alone.

// lbfgsMemory is how many past steps approximate the curvature.
const lbfgsMemory = 20

// lbfgsMaxIter bounds the iterations; the shipped model's fits converge in
// a few hundred.
const lbfgsMaxIter = 5000

// lbfgsTolerance: the fit stops when no partial derivative of the
// objective, divided by the total example weight, exceeds it. At 1e-10
// (about 1.6e-6 on the shipped model's 15,800 units of example weight)
// each weight is within about the model file's rounding (1e-6) of the
// minimum: a penalised weight's curvature is at least its lambda_f.
const lbfgsTolerance = 1e-10

// objective evaluates the full-batch objective at x (weights, then the
// bias last) and writes its gradient into grad.
type objective struct {
	ex     []example
	lambda []float64
	z      []float64 // scratch: each example's score
}

func newObjective(ex []example, nfeat int, c fitConfig) *objective {
	lambda := make([]float64, nfeat)
	for _, e := range ex {
		for _, f := range e.feats {
			lambda[f] += e.w
		}
	}
	for f, total := range lambda {
		if total > 0 {
			lambda[f] = c.l2*total + c.prior
		} else {
			lambda[f] = 1 // a feature no example holds stays at zero
		}
	}
	return &objective{ex: ex, lambda: lambda, z: make([]float64, len(ex))}
}

func (o *objective) eval(x, grad []float64) float64 {
	n := len(o.lambda)
	bias := x[n]
	for i := range grad {
		grad[i] = 0
	}
	var loss float64
	for i, e := range o.ex {
		z := linear(bias, x[:n], e.feats)
		o.z[i] = z
		// log(1+e^z) - y z, without overflow
		loss += e.w * (math.Max(z, 0) + math.Log1p(math.Exp(-math.Abs(z))) - e.y*z)
		g := e.w * (sigmoid(z) - e.y)
		grad[n] += g
		for _, f := range e.feats {
			grad[f] += g
		}
	}
	for f, l := range o.lambda {
		loss += 0.5 * l * x[f] * x[f]
		grad[f] += l * x[f]
	}
	return loss
}

// fitFull minimises the objective with L-BFGS and a backtracking line
// search from the zero weights; it returns the bias and the weights.
func fitFull(ex []example, nfeat int, c fitConfig) (float64, []float64) {
	o := newObjective(ex, nfeat, c)
	var totalW float64
	for _, e := range ex {
		totalW += e.w
	}
	tol := lbfgsTolerance * math.Max(totalW, 1)
	dim := nfeat + 1
	x, g := make([]float64, dim), make([]float64, dim)
	xn, gn, d := make([]float64, dim), make([]float64, dim), make([]float64, dim)
	f := o.eval(x, g)
	var ss, ys [][]float64
	var rho []float64
	alpha := make([]float64, lbfgsMemory)
	for iter := 0; iter < lbfgsMaxIter && maxAbs(g) > tol; iter++ {
		// d = -H g by the two-loop recursion
		for i := range d {
			d[i] = -g[i]
		}
		for k := len(ss) - 1; k >= 0; k-- {
			alpha[k] = rho[k] * dot(ss[k], d)
			axpy(-alpha[k], ys[k], d)
		}
		if k := len(ss) - 1; k >= 0 {
			scale(dot(ss[k], ys[k])/dot(ys[k], ys[k]), d)
		} else {
			scale(1/math.Max(maxAbs(g), 1), d)
		}
		for k := range ss {
			b := rho[k] * dot(ys[k], d)
			axpy(alpha[k]-b, ss[k], d)
		}
		slope := dot(g, d)
		if slope >= 0 { // not a descent direction: restart from the gradient
			ss, ys, rho = ss[:0], ys[:0], rho[:0]
			for i := range d {
				d[i] = -g[i] / math.Max(maxAbs(g), 1)
			}
			slope = dot(g, d)
		}
		step, fn := 1.0, 0.0
		for tries := 0; ; tries++ {
			for i := range x {
				xn[i] = x[i] + step*d[i]
			}
			fn = o.eval(xn, gn)
			// Near the minimum the objective's change is lost in the
			// rounding of its sum: a step that keeps it within that
			// and shrinks the gradient is taken too.
			if fn <= f+1e-4*step*slope || fn <= f+1e-12*math.Abs(f) && math.Abs(dot(gn, d)) <= 0.9*math.Abs(slope) || tries == 60 {
				break
			}
			step /= 2
		}
		if fn > f+1e-12*math.Abs(f) {
			break // no progress within the precision of the sums
		}
		s, y := make([]float64, dim), make([]float64, dim)
		for i := range x {
			s[i], y[i] = xn[i]-x[i], gn[i]-g[i]
		}
		if sy := dot(s, y); sy > 1e-12*dot(y, y) {
			if len(ss) == lbfgsMemory {
				ss, ys, rho = ss[1:], ys[1:], rho[1:]
			}
			ss, ys, rho = append(ss, s), append(ys, y), append(rho, 1/sy)
		}
		x, xn = xn, x
		g, gn = gn, g
		f = fn
	}
	w := make([]float64, nfeat)
	copy(w, x[:nfeat])
	return x[nfeat], w
}

func dot(a, b []float64) float64 {
	var s float64
	for i, v := range a {
		s += v * b[i]
	}
	return s
}

func axpy(a float64, x, y []float64) {
	for i, v := range x {
		y[i] += a * v
	}
}

func scale(a float64, x []float64) {
	for i := range x {
		x[i] *= a
	}
}

func maxAbs(x []float64) float64 {
	var m float64
	for _, v := range x {
		m = math.Max(m, math.Abs(v))
	}
	return m
}
