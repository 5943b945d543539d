package lv.pietura.web.support;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import lv.pietura.files.FileRef;
import lv.pietura.support.FaqText;
import lv.pietura.support.FrequentQuestions;
import lv.pietura.support.ReplyKind;
import lv.pietura.support.SupportReply;
import lv.pietura.support.SupportRequests;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.faces.Pages;
import org.omnifaces.util.Faces;

/**
 * A support request and its thread: the requester replies or closes it; support answers, asks back, closes and (a
 * platform administrator) publishes the question and its answer among the frequently asked ones.
 */
@Named
@ViewScoped
public class SupportRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SupportRequests support;

    @EJB
    FrequentQuestions questions;

    private String id;
    private SupportRequests.View request;
    private String text;
    private String closingText;
    private String questionLv;
    private String questionEn;
    private String answerLv;
    private String answerEn;

    public void load() {
        Pages.loadById(id, this::read);
    }

    private void read(long requestId) {
        request = support.get(requestId);
        if (questionLv == null) {
            questionLv = request.subject();
            answerLv = request.replies().stream()
                    .filter(r -> r.kind() == ReplyKind.ANSWER)
                    .reduce((first, second) -> second)
                    .map(SupportReply::text)
                    .orElse(null);
        }
    }

    @FormAction
    public void answer() {
        support.answer(request.id(), text);
        done("support.answered");
    }

    @FormAction
    public void askBack() {
        support.askBack(request.id(), text);
        done("support.askedBack");
    }

    @FormAction
    public void reply() {
        support.reply(request.id(), text);
        done("support.replied");
    }

    @FormAction
    public void close() {
        support.close(request.id(), closingText);
        closingText = null;
        done("support.closedNow");
    }

    @FormAction
    public void publish() {
        questions.publish(
                request.id(), request.page(), new FaqText(questionLv, questionEn), new FaqText(answerLv, answerEn));
        FacesMessages.info("support.faq.published");
    }

    public void download(FileRef file) throws IOException {
        try (InputStream in = support.open(request.id(), file.id())) {
            Faces.sendFile(in, file.name(), true);
        }
    }

    private void done(String messageKey) {
        text = null;
        read(request.id());
        FacesMessages.info(messageKey);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SupportRequests.View getRequest() {
        return request;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getClosingText() {
        return closingText;
    }

    public void setClosingText(String closingText) {
        this.closingText = closingText;
    }

    public String getQuestionLv() {
        return questionLv;
    }

    public void setQuestionLv(String questionLv) {
        this.questionLv = questionLv;
    }

    public String getQuestionEn() {
        return questionEn;
    }

    public void setQuestionEn(String questionEn) {
        this.questionEn = questionEn;
    }

    public String getAnswerLv() {
        return answerLv;
    }

    public void setAnswerLv(String answerLv) {
        this.answerLv = answerLv;
    }

    public String getAnswerEn() {
        return answerEn;
    }

    public void setAnswerEn(String answerEn) {
        this.answerEn = answerEn;
    }
}
