package docx

import (
	"runtime"
	"sync"

	"plancheck/report/doc"
	"plancheck/report/eval"
)

// picKey is one picture the document asks for: a chart in a box.
type picKey struct {
	ch   *eval.Chart
	w, h float64
}

type picture struct {
	img []byte
	err error
}

// drawPictures asks Options.Picture for every figure of d at once, on as
// many goroutines as there are processors, before the document is
// written: drawing the charts is most of a report's cost, and they do not
// depend on each other. The document is then written in order from the
// results, so its bytes are what drawing them one by one gives, and the
// first error in the document's order is the one reported.
func (w *writer) drawPictures() {
	if w.opts.Picture == nil {
		return
	}
	var keys []picKey
	seen := map[picKey]bool{}
	add := func(f *doc.Figure, half bool) {
		if f == nil || f.Chart == nil {
			return
		}
		wpt, hpt := figureBox(f, half)
		k := picKey{f.Chart, wpt, hpt}
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	for s := range w.d.Sections() {
		for _, b := range s.Blocks {
			switch b := b.(type) {
			case *doc.Figure:
				add(b, b.Size == doc.Half) // as blocks writes it
			case *doc.Figures:
				for _, f := range b.Items {
					add(f, true)
				}
			}
		}
	}

	w.pictures = make(map[picKey]picture, len(keys))
	results := make([]picture, len(keys))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(keys)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				k := keys[i]
				results[i].img, results[i].err = w.opts.Picture(k.ch, k.w, k.h)
			}
		}()
	}
	for i := range keys {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, k := range keys {
		w.pictures[k] = results[i]
	}
}

// picture is the figure's picture, drawn by drawPictures (or now, for a
// figure it did not see).
func (w *writer) picture(ch *eval.Chart, wpt, hpt float64) ([]byte, error) {
	if p, ok := w.pictures[picKey{ch, wpt, hpt}]; ok {
		return p.img, p.err
	}
	return w.opts.Picture(ch, wpt, hpt)
}
