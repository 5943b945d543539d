package lv.pietura.web.eaddress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import lv.pietura.eaddress.MailboxRight;
import lv.pietura.eaddress.MailboxRights;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;

/**
 * An institution administrator decides who reads and who sends from the institution's e-address, and keeps its units:
 * the messages given to a unit are read by its members.
 */
@Named
@ViewScoped
public class RightsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MailboxRights rights;

    private List<MailboxRights.Holder> holders;

    public List<MailboxRights.Holder> getHolders() {
        if (holders == null) {
            holders = rights.holders();
        }
        return holders;
    }

    @FormAction
    public void change(MailboxRights.Holder holder, String right, boolean on) {
        EnumSet<MailboxRight> now = EnumSet.noneOf(MailboxRight.class);
        if ("READ".equals(right) ? on : holder.read()) {
            now.add(MailboxRight.READ);
        }
        if ("SEND".equals(right) ? on : holder.send()) {
            now.add(MailboxRight.SEND);
        }
        rights.set(holder.staffId(), now);
        holders = null;
        FacesMessages.info("eaddress.rightsSaved", holder.fullName());
    }

    private List<MailboxRights.UnitView> units;
    private String unitName;
    private Long memberUnit;
    private Long memberStaff;

    public List<MailboxRights.UnitView> getUnits() {
        if (units == null) {
            units = rights.units();
        }
        return units;
    }

    @FormAction
    public void createUnit() {
        rights.createUnit(unitName);
        FacesMessages.info("eaddress.unitCreated", unitName.strip());
        unitName = null;
        units = null;
    }

    @FormAction
    public void deleteUnit(MailboxRights.UnitView unit) {
        rights.deleteUnit(unit.id());
        units = null;
        FacesMessages.info("eaddress.unitRemoved", unit.name());
    }

    @FormAction
    public void addMember() {
        rights.setMember(memberUnit, memberStaff, true);
        units = null;
        memberStaff = null;
        FacesMessages.info("eaddress.memberAdded");
    }

    @FormAction
    public void removeMember(MailboxRights.UnitView unit, MailboxRights.Holder member) {
        rights.setMember(unit.id(), member.staffId(), false);
        units = null;
        FacesMessages.info("eaddress.memberRemoved", member.fullName(), unit.name());
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public Long getMemberUnit() {
        return memberUnit;
    }

    public void setMemberUnit(Long memberUnit) {
        this.memberUnit = memberUnit;
    }

    public Long getMemberStaff() {
        return memberStaff;
    }

    public void setMemberStaff(Long memberStaff) {
        this.memberStaff = memberStaff;
    }
}
