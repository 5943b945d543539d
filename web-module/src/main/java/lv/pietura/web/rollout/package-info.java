/** An institution's onboarding checklist and the platform's overview of every institution's progress. */
package lv.pietura.web.rollout;
