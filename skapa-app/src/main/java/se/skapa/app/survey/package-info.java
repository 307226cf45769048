/** The anonymous participant survey and the organisation's own questions; the port SurveyStore. */
package se.skapa.app.survey;
