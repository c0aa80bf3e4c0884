package chart

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/style"
)

// taskState is one segment of a chapter's bar: a reported progress, or ""
// for the tasks not reported.
type taskState struct {
	p     model.Progress
	label string
	count func(g eval.TaskGroup) int
	// hatch is how many directions of white hatching cross the segment:
	// the states that need attention are told by their texture too, where
	// a segment is too narrow for its marker.
	hatch int
}

// taskStates are the segments in bar order, best first.
var taskStates = []taskState{
	{model.Done, model.Done.Label(), func(g eval.TaskGroup) int { return g.Done }, 0},
	{model.OnSchedule, model.OnSchedule.Label(), func(g eval.TaskGroup) int { return g.OnSchedule }, 0},
	{model.Behind, model.Behind.Label(), func(g eval.TaskGroup) int { return g.Behind }, 1},
	{model.NotStarted, model.NotStarted.Label(), func(g eval.TaskGroup) int { return g.NotStarted }, 2},
	{"", "未报送", func(g eval.TaskGroup) int { return g.NoReport }, 0},
}

// Tasks draws the key tasks' reported progress by chapter into a w×h point
// box on c: a horizontal bar per chapter of res.TaskChapters, in the plan's
// order from the top, cut into segments 已完成, 按计划推进, 滞后, 未启动 and
// 未报送 (each in its colour, marked with its shape and count; 滞后 and 未启动
// also hatched), with the chapter's total at the end and a legend of the
// states that occur above. Chapters are labelled by number and a short name
// (see shortChapter).
//
// It returns an error when res has no chapter with a task, when the box is
// too small for the chapters (each bar needs 12 pt), or when go-chart
// cannot lay the chart out.
func Tasks(c Canvas, res *eval.Result, w, h float64) error {
	if res == nil {
		return fmt.Errorf("chart: no result to draw")
	}
	var chs []eval.TaskGroup
	for _, g := range res.TaskChapters {
		if g.Total > 0 {
			chs = append(chs, g)
		}
	}
	if len(chs) == 0 {
		return fmt.Errorf("chart: no chapter has a task")
	}
	regular, bold, err := loadFonts()
	if err != nil {
		return err
	}

	var used []taskState
	for _, st := range taskStates {
		for _, g := range chs {
			if st.count(g) > 0 {
				used = append(used, st)
				break
			}
		}
	}
	var entries []legendEntry
	for _, st := range used {
		entries = append(entries, legendEntry{name: st.label, color: style.TaskColor(st.p), marker: style.TaskMarker(st.p), bar: true})
	}
	rows := legendRows(c, entries, w-4)
	const rowH = 11
	top := float64(len(rows))*rowH + 6
	if h-top-18 < 12*float64(len(chs)) || w < minW {
		return fmt.Errorf("chart: a %g×%g pt box is too small for %d chapters", w, h, len(chs))
	}

	totalW := 0.0
	labels := make([]string, len(chs))
	bars := make([][]segment, len(chs))
	for i, g := range chs {
		totalW = math.Max(totalW, c.TextWidth(totalLabel(g.Total), labelSize, false))
		name := g.Name
		if name == "" {
			name = g.ID
		}
		labels[i] = shortChapter(name)
		for _, st := range used {
			bars[i] = append(bars[i], segment{n: st.count(g), color: style.TaskColor(st.p)})
		}
	}
	f, bs, err := stackedBars(c, regular, bold, w, h, top, totalW, labels, bars, "tasks")
	if err != nil {
		return err
	}

	// Each segment's texture, shape and count, and each bar's total.
	half := math.Abs(f.Y(bs.width/2)-f.Y(0)) + 0.2
	const size = labelSize + 0.5
	for i, g := range chs {
		y := f.Y(float64(i))
		at := 0
		for _, st := range used {
			k := st.count(g)
			if k == 0 {
				continue
			}
			x0, x1 := f.X(float64(at)), f.X(float64(at+k))
			col := style.TaskColor(st.p)
			hatch(c, rect{x0, y - half, x1, y + half}, st.hatch)
			if at > 0 {
				// A white seam between segments.
				c.MoveTo(x0, y-half)
				c.LineTo(x0, y+half)
				c.Stroke(white, 0.8, nil)
			}
			at += k
			s := strconv.Itoa(k)
			tw := c.TextWidth(s, size, true)
			ink := white
			if lum(col) > 0.6 {
				ink = textColor
			}
			switch {
			case x1-x0 >= tw+14:
				cx := (x0+x1)/2 - (tw+7)/2
				if st.hatch > 0 {
					// The mark and count on a plain patch, clear of the hatching.
					fillRect(c, rect{cx - 1.5, y - 5, cx + tw + 8.5, y + 5}, col)
				}
				markerOn(c, style.TaskMarker(st.p), cx+2.6, y, 2.4, ink, col)
				c.Text(cx+7, y+0.36*size, s, size, true, ink, 0)
			case x1-x0 >= tw+3:
				if st.hatch > 0 {
					fillRect(c, rect{(x0+x1)/2 - tw/2 - 1, y - 5, (x0+x1)/2 + tw/2 + 1, y + 5}, col)
				}
				c.Text((x0+x1)/2-tw/2, y+0.36*size, s, size, true, ink, 0)
			}
		}
		tl := totalLabel(g.Total)
		c.Text(f.X(float64(g.Total))+3, y+0.36*labelSize, tl, labelSize, false, textColor, 0)
	}

	y := 6.0
	for _, row := range rows {
		x := (w - legendWidth(c, row)) / 2
		for _, e := range row {
			// A swatch of the segment: its colour, texture and marker.
			sw := rect{x + 1, y - 4, x + legendSample - 1, y + 4}
			fillRect(c, sw, e.color)
			for _, st := range used {
				if st.label == e.name {
					hatch(c, sw, st.hatch)
				}
			}
			markerOn(c, e.marker, x+legendSample/2, y, 2.2, white, e.color)
			x += legendSample + 2.5
			c.Text(x, y+0.36*legendSize, e.name, legendSize, false, textColor, 0)
			x += c.TextWidth(e.name, legendSize, false) + 8
		}
		y += rowH
	}
	return nil
}

// hatch crosses r with white lines 45° one way (n ≥ 1) and the other (n ≥ 2).
func hatch(c Canvas, r rect, n int) {
	const gap, width = 3.2, 0.7
	if n < 1 || r.w() <= 0 {
		return
	}
	// Lines x + y = s (rising to the right on the page) and x − y = s.
	for s := math.Ceil((r.x0+r.y0)/gap) * gap; s < r.x1+r.y1; s += gap {
		lo, hi := math.Max(r.x0, s-r.y1), math.Min(r.x1, s-r.y0)
		if hi-lo > 0.05 {
			c.MoveTo(lo, s-lo)
			c.LineTo(hi, s-hi)
		}
	}
	c.Stroke(white, width, nil)
	if n < 2 {
		return
	}
	for s := math.Ceil((r.x0-r.y1)/gap) * gap; s < r.x1-r.y0; s += gap {
		lo, hi := math.Max(r.x0, s+r.y0), math.Min(r.x1, s+r.y1)
		if hi-lo > 0.05 {
			c.MoveTo(lo, lo-s)
			c.LineTo(hi, hi-s)
		}
	}
	c.Stroke(white, width, nil)
}

// chapterNumber is the "第三章" that starts a chapter's name.
var chapterNumber = regexp.MustCompile(`^第[一二三四五六七八九十百零〇两0-9]+[章篇]`)

// leadVerbs are the words a chapter's title starts with that say what to
// do rather than what about: 加快建设、全面推进、着力 …; shortChapter drops
// them, the longest first.
var leadVerbs = []string{
	"进一步", "高标准", "高质量", "加快", "全面", "着力", "全力", "大力", "持续", "深入", "积极",
	"建设", "构建", "打造", "推进", "推动", "健全", "深化", "完善", "提升", "强化", "实施", "坚持", "服务",
}

// shortName is how many characters a chapter's short name aims at.
const shortName = 10

// shortChapter shortens a chapter's title for an axis label: its number,
// then its subject without the leading verbs while it is longer than ten
// characters, or failing that what follows its last 的, or the first
// characters and an ellipsis. "第三章 加快建设国际科技创新中心核心区" is
// "第三章 国际科技创新中心核心区"; "第四章 构建具有全球竞争力的高精尖产业体系"
// is "第四章 高精尖产业体系".
func shortChapter(name string) string {
	name = strings.TrimSpace(name)
	num := chapterNumber.FindString(name)
	rest := strings.TrimSpace(strings.TrimPrefix(name, num))
	n := func(s string) int { return len([]rune(s)) }
	for n(rest) > shortName {
		cut := false
		for _, v := range leadVerbs {
			if strings.HasPrefix(rest, v) && n(rest) > n(v)+1 {
				rest, cut = strings.TrimPrefix(rest, v), true
				break
			}
		}
		if !cut {
			break
		}
	}
	if n(rest) > shortName {
		if i := strings.LastIndex(rest, "的"); i >= 0 && n(rest[i+len("的"):]) >= 4 {
			rest = rest[i+len("的"):]
		}
	}
	if r := []rune(rest); len(r) > shortName+2 {
		rest = string(r[:shortName+1]) + "…"
	}
	switch {
	case num == "":
		return rest
	case rest == "":
		return num
	}
	return num + " " + rest
}
