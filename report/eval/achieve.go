package eval

import "plancheck/report/model"

// achievements gathers 主要成效 from what the data say, nothing more:
//   - the indicators achieved (提前实现), ahead (快于预期), met (达到要求)
//     or, in the final year, completed (完成), by category in the plan's
//     category order (a category the plan does not list comes after, in
//     the order of its first indicator), each in plan order. On track
//     (基本符合预期) is not an achievement but the plan's ordinary pace,
//     and mostly completed (基本完成) falls short of the target: both are
//     left to 下一步工作建议 (巩固, 加力), not claimed here;
//   - every task, key or not, reported done (已完成) in Y, in plan order;
//   - the projects whose last 形象进度 node reached (see projectDone);
//   - the investment completed B<y≤Y and its share of plan: the numbers
//     of Summary.Projects (countProjects), so the two never differ.
//
// It reads only res.Indicators, res.Tasks and res.Projects, so that a
// department's result gets its own by calling it again (ForDepartment).
func achievements(p *model.Plan, res *Result) Achievements {
	a := Achievements{Groups: []AchievementGroup{}, TasksDone: []string{}, ProjectsDone: []string{}}
	idx := map[string]int{}
	for _, c := range p.Categories {
		idx[c.ID] = len(a.Groups)
		a.Groups = append(a.Groups, AchievementGroup{Category: c.ID, Name: c.Name, Indicators: []string{}})
	}
	for i := range res.Indicators {
		r := &res.Indicators[i]
		if !achieved(r.Status) {
			continue
		}
		j, ok := idx[r.Category]
		if !ok {
			j = len(a.Groups)
			idx[r.Category] = j
			a.Groups = append(a.Groups, AchievementGroup{Category: r.Category, Name: r.CategoryName, Indicators: []string{}})
		}
		a.Groups[j].Indicators = append(a.Groups[j].Indicators, r.ID)
	}
	groups := a.Groups[:0]
	for _, g := range a.Groups {
		if len(g.Indicators) > 0 {
			groups = append(groups, g)
		}
	}
	a.Groups = groups

	for _, t := range res.Tasks {
		if t.Progress == model.Done {
			a.TasksDone = append(a.TasksDone, t.ID)
		}
	}
	plan := make(map[string]*model.Project, len(p.Projects))
	for i := range p.Projects {
		if _, dup := plan[p.Projects[i].ID]; !dup {
			plan[p.Projects[i].ID] = &p.Projects[i]
		}
	}
	for i := range res.Projects {
		if projectDone(plan[res.Projects[i].ID], &res.Projects[i], res.Year) {
			a.ProjectsDone = append(a.ProjectsDone, res.Projects[i].ID)
		}
	}
	s := countProjects(res.Projects)
	a.Invested, a.InvestedShare = s.Completed, s.Share
	return a
}

// achieved reports whether a status is an achievement of 主要成效:
// achieved, ahead, met or completed.
func achieved(s Status) bool {
	return s == Achieved || s == Ahead || s == Met || s == model.Completed
}

// projectDone reports whether a project is completed by Y: the last year
// of the plan's project pool with a 形象进度 node (L) is at most Y, and its
// department reported that node reached (节点完成 yes) for L. A project
// without any node cannot be shown completed; nor can one whose node of L
// was not reported.
func projectDone(pj *model.Project, r *ProjectResult, y int) bool {
	if pj == nil {
		return false
	}
	last := 0
	for yr, py := range pj.Years {
		if py.Milestone != "" && yr > last {
			last = yr
		}
	}
	if last == 0 || last > y {
		return false
	}
	for _, py := range r.Years {
		if py.Year == last {
			return py.Reached != nil && *py.Reached
		}
	}
	return false
}
